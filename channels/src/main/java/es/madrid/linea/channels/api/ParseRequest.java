package es.madrid.linea.channels.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/nlu/parse}. */
record ParseRequest(
        @Schema(description = "the citizen's text, up to 2,000 characters")
        String text,

        @Schema(
                description = "ISO-8601 date-time with offset that sets \"now\" for relative dates; the "
                        + "current time when absent",
                example = "2026-11-29T10:00:00+01:00")
        String referenceTime) {}
