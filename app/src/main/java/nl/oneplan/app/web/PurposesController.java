package nl.oneplan.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The purposes a consent can name and a disclosure must name, for forms and for reading codes. */
@RestController
@Tag(name = "Consent")
class PurposesController {

    private final PurposeCatalogue catalogue;

    PurposesController(PurposeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/purposes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The purpose catalogue: code with Dutch and English label (OTHER needs a description)")
    List<PurposeCatalogue.Entry> purposes() {
        return catalogue.entries();
    }
}
