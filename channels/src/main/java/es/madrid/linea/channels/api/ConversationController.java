package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.TurnResult;
import es.madrid.linea.bot.handoff.HandoffDesk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The citizen side of a conversation over HTTP. */
@RestController
@Validated
@RequestMapping(path = "/api/v1/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Conversations", description = "Talk with Cibeles as a citizen")
class ConversationController {

    private final ConversationService conversations;
    private final EventCodec codec;
    private final HandoffDesk desk;

    ConversationController(ConversationService conversations, EventCodec codec, HandoffDesk desk) {
        this.conversations = conversations;
        this.codec = codec;
        this.desk = desk;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a conversation; the answer carries its id and the bot's greeting")
    StartConversationResponse start(@Valid @RequestBody(required = false) StartConversationRequest request) {
        Channel channel =
                request == null || request.channel() == null ? Channel.WEB : Channel.fromWireName(request.channel());
        CitizenProfile citizen = request == null || request.citizen() == null
                ? CitizenProfile.anonymous()
                : request.citizen().toProfile();
        return StartConversationResponse.of(conversations.start(channel, citizen, null));
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a citizen message (text, option or location) and get the bot's replies")
    TurnResponse send(@PathVariable @Size(max = 64) String id, @Valid @RequestBody MessageRequest message) {
        TurnResult result = conversations.handle(id, message.toInbound());
        return TurnResponse.of(result);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a conversation: status, slots and its ordered events (optionally only after a seq)")
    ConversationView read(
            @PathVariable @Size(max = 64) String id, @RequestParam(defaultValue = "0") @Min(0) long afterSeq) {
        Conversation state = conversations.conversation(id);
        return ConversationView.of(state, conversations.eventsAfter(id, afterSeq), codec, desk.standing(id));
    }
}
