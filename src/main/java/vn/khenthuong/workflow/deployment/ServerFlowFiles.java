package vn.khenthuong.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The flow files on the server: processes/ and forms/ on the classpath, or in {@code khenthuong.flows.directory}.
 * The start-up deployment reads them all; a deployment from Modeler that lacks a form its diagram references takes it
 * from here when no deployed version has it.
 */
final class ServerFlowFiles {

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String location;

    ServerFlowFiles(FlowsProperties properties) {
        String directory = properties.directory();
        this.location = properties.fromDirectory() ? "file:" + (directory.endsWith("/") ? directory : directory + "/") : "classpath*:";
    }

    boolean fromDirectory() {
        return location.startsWith("file:");
    }

    /** The files directly in a folder (not in sub-folders). */
    Resource[] list(String folder) {
        try {
            return Arrays.stream(resolver.getResources(location + folder + "/*"))
                    .filter(r -> r.getFilename() != null && r.getFilename().contains(".") && r.isReadable())
                    .toArray(Resource[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** A file by its relative name ({@code forms/communeReview.html}), if the server has it. */
    Optional<byte[]> read(String relativeName) {
        if (relativeName == null || relativeName.contains("..") || relativeName.startsWith("/")) {
            return Optional.empty();
        }
        int slash = relativeName.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String folder = relativeName.substring(0, slash);
        String file = relativeName.substring(slash + 1);
        for (Resource resource : list(folder)) {
            if (file.equals(resource.getFilename())) {
                try (InputStream in = resource.getInputStream()) {
                    return Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + relativeName, e);
                }
            }
        }
        return Optional.empty();
    }
}
