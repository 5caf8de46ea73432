package vn.khenthuong.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.workflow.DossierVariables;
import vn.khenthuong.workflow.NominationProcess;

/** seeds/sample-dossiers.yaml is readable by the seeder and names real steps, files and dossier fields. */
class SampleDossiersFileTest {

    @Test
    void everySampleIsAWellFormedDossierWithKnownStepsAndFiles() {
        List<SampleDossierSeeder.Sample> samples = SampleDossierSeeder.load().dossiers();

        assertThat(samples).extracting(SampleDossierSeeder.Sample::key).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
        assertThat(samples).extracting(SampleDossierSeeder.Sample::waitsAt)
                .contains(NominationProcess.COMMUNE_REVIEW, NominationProcess.COUNCIL_VOTE, NominationProcess.PROVINCIAL_APPRAISAL);
        for (SampleDossierSeeder.Sample sample : samples) {
            NewDossier dossier = DossierVariables.read(sample.dossier());
            assertThat(dossier.nomineeName()).as(sample.key()).isNotBlank();
            assertThat(dossier.year()).isEqualTo(2019);
            assertThat(sample.documents()).allSatisfy(d -> assertThat(new ClassPathResource("seeds/documents/" + d.file()).exists()).isTrue());
            assertThat(sample.steps()).allSatisfy(s -> assertThat(s.task()).isIn(NominationProcess.PREPARE_DOSSIER,
                    NominationProcess.COMMUNE_REVIEW, NominationProcess.DISTRICT_REVIEW, NominationProcess.COUNCIL_VOTE,
                    NominationProcess.RECORD_WRITTEN_BALLOTS, NominationProcess.COUNCIL_CONCLUSION,
                    NominationProcess.PROVINCIAL_APPRAISAL, NominationProcess.SUPPLEMENT_DOSSIER, NominationProcess.DECISION));
            // YAML reads a bare yes as true: votes must be quoted strings.
            sample.steps().stream().filter(s -> s.with() != null && s.with().containsKey(NominationProcess.VOTE))
                    .forEach(s -> assertThat(s.with().get(NominationProcess.VOTE)).isIn("yes", "no", "abstain"));
        }
    }
}
