package es.madrid.linea.bot.conversation.jdbc;

import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.EventCodec;

/** A JDBC store on a fresh, migrated in-memory H2, for tests outside this package. */
public final class JdbcConversationStoreFactory {

    public static ConversationStore onFreshH2() {
        return new JdbcConversationStore(H2Databases.migrated(), new EventCodec());
    }

    private JdbcConversationStoreFactory() {}
}
