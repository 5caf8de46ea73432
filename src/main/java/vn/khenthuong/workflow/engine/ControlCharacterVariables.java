package vn.khenthuong.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;
import vn.khenthuong.input.ControlCharacterException;
import vn.khenthuong.input.ControlCharacters;

/**
 * Every text variable the engine writes passes here first, whatever the door (/engine-rest, the webapps'
 * engine API, Tasklist's forms, our Java code): a control character in its name or value is refused before
 * any row is written (PostgreSQL would fail the whole command with a 500 on U+0000). Values may keep tabs and
 * line breaks (comments have several lines); names may not.
 */
@Component
class ControlCharacterVariables extends AbstractProcessEnginePlugin {

    /** A refused text: the engine's "bad request", answered 400 at its REST doors. */
    static class Refused extends BadUserRequestException {
        Refused(ControlCharacterException e) {
            super(e.messageVi() + " / " + e.messageEn(), e);
        }
    }

    /**
     * For other engine-side checks (e.g. a pre-command guard over the variables of a completion): refuses a
     * control character in {@code value}; tab and line breaks are allowed (multi-line text).
     */
    static void check(String field, String value) {
        check(field, value, true);
    }

    static void check(String field, String value, boolean multiLine) {
        try {
            ControlCharacters.check(field, value, multiLine);
        } catch (ControlCharacterException e) {
            throw new Refused(e);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers();
        if (serializers == null) {
            serializers = new ArrayList<>();
            configuration.setCustomPreVariableSerializers(serializers);
        }
        // Same name as the built-in one, which stays registered for reading: rows written are unchanged.
        serializers.add(0, new CheckedStrings());
    }

    static final class CheckedStrings extends StringValueSerializer {
        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            check("(tên biến / variable name)", fields.getName(), false);
            check(fields.getName(), value.getValue());
            super.writeValue(value, fields);
        }
    }
}
