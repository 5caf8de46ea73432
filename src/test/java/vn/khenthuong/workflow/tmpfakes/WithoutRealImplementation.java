package vn.khenthuong.workflow.tmpfakes;

import java.io.IOException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.AssignableTypeFilter;

// TEMPORARY: the stand-ins step aside by themselves once the identity branch brings real implementations,
// so merging it does not end in two beans of a kind.
abstract class WithoutRealImplementation implements Condition {

    private final Class<?> contract;

    WithoutRealImplementation(Class<?> contract) {
        this.contract = contract;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String ownPackage = WithoutRealImplementation.class.getPackageName();
        AssignableTypeFilter implementsContract = new AssignableTypeFilter(contract);
        // Only the type is checked (not the candidates' own conditions, which would bring us back here).
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) throws IOException {
                return !reader.getClassMetadata().getClassName().startsWith(ownPackage)
                        && implementsContract.match(reader, getMetadataReaderFactory());
            }
        };
        return scanner.findCandidateComponents("vn.khenthuong").isEmpty();
    }

    static class Officials extends WithoutRealImplementation {
        Officials() {
            super(vn.khenthuong.identity.Officials.class);
        }
    }
}
