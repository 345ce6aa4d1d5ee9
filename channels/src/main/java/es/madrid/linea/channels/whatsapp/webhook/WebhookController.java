package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.channels.whatsapp.LogText;
import es.madrid.linea.channels.whatsapp.WhatsAppConfigured;
import es.madrid.linea.channels.whatsapp.WhatsAppProperties;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's webhook for the WhatsApp Business Cloud API. {@code GET} is the subscription handshake. {@code POST} checks
 * the signature over the raw body, stores every update in the inbox, and answers 200 without waiting for the bot:
 * the updates are processed afterwards, in order per citizen. A forged request gets 401 (no signature) or 403 (wrong
 * signature) and nothing is stored; a signed but malformed or unexpected body is logged (masked) and answered 200,
 * because Meta would otherwise send it again for days.
 */
@RestController
@Conditional(WhatsAppConfigured.class)
@RequestMapping("/webhooks/whatsapp")
@Tag(name = "WhatsApp", description = "Webhook of the WhatsApp Business Cloud API (called by Meta)")
class WebhookController {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    /** Meta's challenge is a number; anything else is not echoed back. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private final byte[] verifyToken;
    private final WebhookSignature signature;
    private final WebhookReader reader;
    private final Inbox inbox;
    private final InboxProcessor processor;
    private final Clock clock;

    WebhookController(
            WhatsAppProperties properties,
            WebhookSignature signature,
            WebhookReader reader,
            Inbox inbox,
            InboxProcessor processor,
            Clock clock) {
        this.verifyToken = properties.verifyToken().getBytes(StandardCharsets.UTF_8);
        this.signature = signature;
        this.reader = reader;
        this.inbox = inbox;
        this.processor = processor;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Subscription handshake: answers hub.challenge when hub.verify_token is ours")
    ResponseEntity<String> verify(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches =
                token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), verifyToken);
        if (!"subscribe".equals(mode) || !tokenMatches) {
            log.warn("WhatsApp webhook handshake refused: wrong mode or verify token");
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("forbidden");
        }
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("bad challenge");
        }
        log.info("WhatsApp webhook handshake accepted");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping
    @Operation(summary = "Updates from WhatsApp (messages and delivery statuses), signed with X-Hub-Signature-256")
    ResponseEntity<?> receive(
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signed,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        WebhookSignature.Verdict verdict = signature.check(signed, raw);
        if (verdict == WebhookSignature.Verdict.MISSING) {
            log.warn("WhatsApp webhook refused: no valid {} header", SIGNATURE_HEADER);
            return ApiErrors.error(HttpStatus.UNAUTHORIZED, "signature_missing", "Falta la firma del webhook.");
        }
        if (verdict == WebhookSignature.Verdict.WRONG) {
            log.warn("WhatsApp webhook refused: the signature does not match the body");
            return ApiErrors.error(HttpStatus.FORBIDDEN, "signature_invalid", "La firma del webhook no es válida.");
        }
        WebhookReader.Reading reading = reader.read(raw);
        if (!reading.notes().isEmpty()) {
            log.info(
                    "WhatsApp webhook: {} ({} bytes{})",
                    String.join("; ", reading.notes()),
                    raw.length,
                    reading.updates().isEmpty()
                            ? ": " + LogText.masked(new String(raw, StandardCharsets.UTF_8), 300)
                            : "");
        }
        Set<String> citizens = new LinkedHashSet<>();
        int repeated = 0;
        for (InboxUpdate update : reading.updates()) {
            if (inbox.add(update, clock.instant())) {
                citizens.add(update.citizenKey());
            } else {
                repeated++;
            }
        }
        if (repeated > 0) {
            log.info("WhatsApp webhook: {} update(s) delivered again, stored once", repeated);
        }
        citizens.forEach(processor::accepted);
        return ResponseEntity.ok().build();
    }
}
