package vn.khenthuong.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.Documents;

/** Gives the sample seeder the real document service: the files are checked and stored like uploads. */
@Component
class SampleDocumentsFromClasspath implements SampleDocuments {

    private final Documents documents;

    SampleDocumentsFromClasspath(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void attach(String nominationCode, String kind, String classpathFile, String uploadedBy) {
        ClassPathResource resource = new ClassPathResource(classpathFile);
        try (InputStream in = resource.getInputStream()) {
            documents.store(nominationCode, kind, resource.getFilename(), in.readAllBytes(), uploadedBy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathFile, e);
        }
    }
}
