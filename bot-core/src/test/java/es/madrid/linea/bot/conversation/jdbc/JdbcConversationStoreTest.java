package es.madrid.linea.bot.conversation.jdbc;

import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.testing.ConversationStoreContract;

class JdbcConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore() {
        return new JdbcConversationStore(H2Databases.migrated(), new EventCodec());
    }
}
