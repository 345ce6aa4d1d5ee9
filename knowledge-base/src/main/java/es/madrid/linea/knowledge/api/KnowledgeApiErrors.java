package es.madrid.linea.knowledge.api;

import es.madrid.linea.knowledge.editing.EditingConflictException;
import es.madrid.linea.knowledge.editing.InvalidContentException;
import es.madrid.linea.knowledge.editing.UnknownProcedureException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The knowledge base's own failures as API errors. Ordered before the application's general error handler, which
 * keeps answering everything else (malformed JSON, missing parameters, unexpected faults) in the same format.
 */
@RestControllerAdvice(basePackages = "es.madrid.linea.knowledge")
@Order(Ordered.HIGHEST_PRECEDENCE)
class KnowledgeApiErrors {

    @ExceptionHandler(InvalidContentException.class)
    ResponseEntity<KnowledgeError> invalidContent(InvalidContentException e) {
        var problems = e.problems().stream()
                .map(p -> new KnowledgeError.FieldProblem(p.field(), p.message()))
                .toList();
        String message = "La ficha tiene " + problems.size() + (problems.size() == 1 ? " problema: " : " problemas: ")
                + e.getMessage();
        return error(HttpStatus.BAD_REQUEST, new KnowledgeError("invalid_content", message, problems));
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<KnowledgeError> badParameter(BadParameterException e) {
        return error(HttpStatus.BAD_REQUEST, new KnowledgeError(e.code(), e.getMessage(), null));
    }

    @ExceptionHandler(UnknownProcedureException.class)
    ResponseEntity<KnowledgeError> unknownProcedure(UnknownProcedureException e) {
        return error(HttpStatus.NOT_FOUND, new KnowledgeError("procedure_not_found", e.getMessage(), null));
    }

    @ExceptionHandler(EditingConflictException.class)
    ResponseEntity<KnowledgeError> conflict(EditingConflictException e) {
        return error(HttpStatus.CONFLICT, new KnowledgeError(e.code(), e.getMessage(), null));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<KnowledgeError> concurrentEdit(DuplicateKeyException e) {
        return error(
                HttpStatus.CONFLICT,
                new KnowledgeError(
                        "concurrent_edit",
                        "Otra persona ha guardado este trámite a la vez. Vuelve a intentarlo.",
                        null));
    }

    private static ResponseEntity<KnowledgeError> error(HttpStatus status, KnowledgeError body) {
        return ResponseEntity.status(status).body(body);
    }
}
