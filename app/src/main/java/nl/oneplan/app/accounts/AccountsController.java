package nl.oneplan.app.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Looking a colleague's account up by name, e-mail or organisation, to link it to a participant. */
@RestController
@Tag(name = "Accounts")
public class AccountsController {

    private final KnownAccounts accounts;

    AccountsController(KnownAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accounts that signed in to OnePlan whose name, e-mail or organisation contains the "
            + "search text (at least 2 characters), at most 20: link a participant by the userId found here "
            + "(coordinators)")
    public ResponseEntity<?> search(@RequestParam(name = "search", required = false) String search) {
        if (search == null || search.strip().length() < 2 || search.length() > 200
                || search.chars().anyMatch(Character::isISOControl)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "search for an account with 2 to 200 characters, on one line, of a name, e-mail address or "
                            + "organisation");
            problem.setProperty("code", "SEARCH_TOO_SHORT");
            problem.setProperty("field", "search");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<KnownAccounts.Account> found = accounts.search(search);
        return ResponseEntity.ok(found);
    }
}
