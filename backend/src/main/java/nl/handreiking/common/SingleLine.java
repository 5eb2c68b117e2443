package nl.handreiking.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A value on one line: titles, names, e-mail addresses. No line break, tab or other control character. */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Check.class)
public @interface SingleLine {

    String message() default "{hr.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes null (that is for @NotNull to judge) and every value without a forbidden character. */
    class Check implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.forbiddenInLine(value).isEmpty();
        }
    }
}
