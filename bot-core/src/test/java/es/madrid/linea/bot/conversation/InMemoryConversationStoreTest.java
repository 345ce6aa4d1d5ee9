package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.testing.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore() {
        return new InMemoryConversationStore();
    }
}
