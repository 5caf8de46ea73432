package vn.khenthuong.rules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules catalogue for administrators and auditors (identity.SecurityConfig lets no one else in). Read-only. */
@RestController
class RulesController {

    private final RulesCatalogue catalogue;

    RulesController(RulesCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/rules")
    RulesCatalogue.Listing rules() {
        return catalogue.list();
    }
}
