"""A small re-implementation of class-validator as NestJS's ValidationPipe drives it.

It reproduces what shows on the wire: one message per violated constraint in class-validator's wording,
`each value in ...` for `{each: true}` rules, whitelist errors (`property foo should not exist`) first at
every object level, nested paths joined the way ValidationPipe flattens them (`items.0.name must be a string`,
`contactDetails.property foo should not exist`), and the quirks of @ValidateNested on non-objects.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final


class _Missing:
    """JavaScript's `undefined`: a property that is absent from the object."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


@dataclass(frozen=True)
class Constraint:
    key: str
    check: Callable[[object], bool]
    template: str
    each: bool = False

    def message(self, prop: str) -> str:
        prefix = "each value in " if self.each else ""
        return prefix + self.template.replace("$property", prop)


@dataclass(frozen=True)
class Prop:
    """One decorated DTO property."""

    name: str
    constraints: tuple[Constraint, ...] = ()
    optional: bool = False  # @IsOptional(): skip every rule when null or absent
    nested: Schema | None = None  # @ValidateNested() + @Type(() => nested)
    nested_each: bool = False  # @ValidateNested({ each: true }): only changes the message
    nested_skips_scalars: bool = False  # a custom rule already vets scalars, so no nested error for them
    default: object = MISSING  # class-property initializer, applied by class-transformer when absent


@dataclass(frozen=True)
class Schema:
    name: str
    props: tuple[Prop, ...]

    @property
    def prop_names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.props)


# --- class-validator's checks ---------------------------------------------------------------------------


def is_string_value(value: object) -> bool:
    return isinstance(value, str)


def is_number_value(value: object) -> bool:
    # bool is an int in Python but never a number in JavaScript; NaN and Infinity are refused by default.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return not isinstance(value, float) or math.isfinite(value)


def is_boolean_value(value: object) -> bool:
    return isinstance(value, bool)


def is_not_empty_value(value: object) -> bool:
    return value is not MISSING and value is not None and value != ""


def is_object_value(value: object) -> bool:
    return isinstance(value, dict)


_LOCAL_PART = re.compile(r"[a-z\d!#$%&'*+\-/=?^_`{|}~\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]+", re.IGNORECASE)
_DOMAIN_LABEL = re.compile(r"[a-z\u00a1-\uffff0-9-]+", re.IGNORECASE)
_TLD = re.compile(r"([a-z\u00a1-\u00a8\u00aa-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]{2,}|xn[a-z0-9-]{2,})", re.IGNORECASE)


def is_email_value(value: object) -> bool:
    """validator.js `isEmail` with class-validator's default options, minus quoted local parts and IP domains."""
    if not isinstance(value, str) or len(value) > 254 or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    if not local or len(local) > 64 or not all(_LOCAL_PART.fullmatch(part) for part in local.split(".")):
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not _TLD.fullmatch(labels[-1]):
        return False
    return all(
        0 < len(label) <= 63
        and _DOMAIN_LABEL.fullmatch(label)
        and not label.startswith("-")
        and not label.endswith("-")
        for label in labels
    )


_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# validator.js isISO8601 (non-strict), which class-validator's @IsDateString uses.
_ISO8601 = re.compile(
    r"([+-]?\d{4}(?!\d{2}\b))((-?)((0[1-9]|1[0-2])(\3([12]\d|0[1-9]|3[01]))?|W([0-4]\d|5[0-3])(-?[1-7])?"
    r"|(00[1-9]|0[1-9]\d|[12]\d{2}|3([0-5]\d|6[1-6])))([T\s]((([01]\d|2[0-3])((:?)[0-5]\d)?|24:?00)([.,]\d+(?!:))?)?"
    r"(\17[0-5]\d([.,]\d+)?)?([zZ]|([+-])([01]\d|2[0-3]):?([0-5]\d)?)?)?)?"
)


def parse_ymd(value: str) -> date | None:
    match = _YMD.fullmatch(value)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def is_ymd_date_value(value: object) -> bool:
    return isinstance(value, str) and parse_ymd(value) is not None


def is_iso8601_value(value: object) -> bool:
    return isinstance(value, str) and _ISO8601.fullmatch(value) is not None


# --- decorators (named after the class-validator decorators they mirror) -------------------------------------


def IsString(*, each: bool = False) -> Constraint:
    return Constraint("isString", is_string_value, "$property must be a string", each)


def IsNotEmpty() -> Constraint:
    return Constraint("isNotEmpty", is_not_empty_value, "$property should not be empty")


def IsNumber(*, each: bool = False) -> Constraint:
    return Constraint(
        "isNumber", is_number_value, "$property must be a number conforming to the specified constraints", each
    )


def is_positive_value(value: object) -> bool:
    return is_number_value(value) and isinstance(value, int | float) and value > 0


def is_digit_string(value: object) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def IsPositive() -> Constraint:
    return Constraint("isPositive", is_positive_value, "$property must be a positive number")


def IsNumberString() -> Constraint:
    """@IsNumberString({ no_symbols: true }): decimal digits only (validator.js isNumeric)."""
    return Constraint("isNumberString", is_digit_string, "$property must be a number string")


def IsBoolean() -> Constraint:
    return Constraint("isBoolean", is_boolean_value, "$property must be a boolean value")


def IsArray() -> Constraint:
    return Constraint("isArray", lambda v: isinstance(v, list), "$property must be an array")


def IsObject(*, each: bool = False) -> Constraint:
    return Constraint("isObject", is_object_value, "$property must be an object", each)


def IsEnum(values: tuple[str, ...]) -> Constraint:
    """The vendor's enum message, as observed live (`items.0.type must be a valid enum value`)."""
    allowed = frozenset(values)
    return Constraint("isEnum", lambda v: isinstance(v, str) and v in allowed, "$property must be a valid enum value")


def IsEmail(*, each: bool = False) -> Constraint:
    return Constraint("isEmail", is_email_value, "$property must be an email", each)


def MatchesYmd() -> Constraint:
    """The vendor's date rule, as observed live (`issueDate must be in YYYY-MM-DD format`)."""
    return Constraint("matches", is_ymd_date_value, "$property must be in YYYY-MM-DD format")


def IsDateString(*, iso8601: bool) -> Constraint:
    check = is_iso8601_value if iso8601 else is_ymd_date_value
    return Constraint("isDateString", check, "$property must be a valid ISO 8601 date string")


def IsObjectOrString() -> Constraint:
    return Constraint(
        "isObjectOrString",
        lambda v: isinstance(v, dict | str),
        "$property must be an object or a string",
    )


# --- the executor -----------------------------------------------------------------------------------------


@dataclass
class ValidationError:
    property: str
    constraints: dict[str, str] = field(default_factory=dict)
    children: list[ValidationError] = field(default_factory=list)


def _execute(obj: Mapping[str, object], schema: Schema, errors: list[ValidationError], forbid_unknown: bool) -> None:
    if forbid_unknown:
        known = schema.prop_names
        for key in obj:
            if key not in known:
                errors.append(ValidationError(key, {"whitelistValidation": f"property {key} should not exist"}))
    for prop in schema.props:
        _perform(obj.get(prop.name, MISSING), prop, errors, forbid_unknown)


def _perform(value: object, prop: Prop, errors: list[ValidationError], forbid_unknown: bool) -> None:
    error = ValidationError(prop.name)
    errors.append(error)
    if prop.optional and (value is MISSING or value is None):
        return
    for constraint in prop.constraints:
        if constraint.each and isinstance(value, list):
            valid = all(constraint.check(item) for item in value)
        else:
            valid = constraint.check(value)
        if not valid:
            error.constraints[constraint.key] = constraint.message(prop.name)
    if prop.nested is not None:
        _nested(value, prop, prop.nested, error, forbid_unknown)


def _nested(value: object, prop: Prop, schema: Schema, error: ValidationError, forbid_unknown: bool) -> None:
    if value is MISSING:
        return
    if isinstance(value, list):
        # Each element gets an error named by its index; its message still names the declared property.
        for index, item in enumerate(value):
            child = ValidationError(str(index))
            error.children.append(child)
            _nested(item, prop, schema, child, forbid_unknown)
    elif isinstance(value, dict):
        _execute(value, schema, error.children, forbid_unknown)
    elif not prop.nested_skips_scalars:
        prefix = "each value in " if prop.nested_each else ""
        error.constraints["nestedValidation"] = f"{prefix}nested property {prop.name} must be either object or array"


def _strip_empty(errors: list[ValidationError]) -> list[ValidationError]:
    kept = []
    for error in errors:
        error.children = _strip_empty(error.children)
        if error.constraints or error.children:
            kept.append(error)
    return kept


def _map_children(error: ValidationError, parent_path: str | None = None) -> list[ValidationError]:
    # ValidationPipe drops the constraints of a top-level error that has children; deeper ones keep theirs.
    if not error.children:
        return [error]
    path = f"{parent_path}.{error.property}" if parent_path else error.property
    mapped: list[ValidationError] = []
    for item in error.children:
        if item.children:
            mapped.extend(_map_children(item, path))
        mapped.append(ValidationError(item.property, {k: f"{path}.{v}" for k, v in item.constraints.items()}))
    return mapped


def validate(value: Mapping[str, object], schema: Schema, *, forbid_unknown: bool) -> list[str]:
    """Messages in ValidationPipe's order; empty when `value` satisfies `schema`."""
    errors: list[ValidationError] = []
    _execute(value, schema, errors, forbid_unknown)
    messages: list[str] = []
    for error in _strip_empty(errors):
        for item in _map_children(error):
            messages.extend(item.constraints.values())
    return messages


# --- class-transformer's part -----------------------------------------------------------------------------


def strip_proto_keys(value: object) -> object:
    """ValidationPipe deletes `__proto__` keys at every depth before validating."""
    if isinstance(value, dict):
        return {k: strip_proto_keys(v) for k, v in value.items() if k != "__proto__"}
    if isinstance(value, list):
        return [strip_proto_keys(v) for v in value]
    return value


def apply_defaults(value: Mapping[str, object], schema: Schema) -> dict[str, object]:
    """plainToInstance: class-property initializers fill absent properties, in nested DTOs too."""
    result = dict(value)
    for prop in schema.props:
        if prop.name not in result:
            if prop.default is not MISSING:
                result[prop.name] = prop.default
            continue
        if prop.nested is None:
            continue
        current = result[prop.name]
        if isinstance(current, dict):
            result[prop.name] = apply_defaults(current, prop.nested)
        elif isinstance(current, list):
            result[prop.name] = [apply_defaults(v, prop.nested) if isinstance(v, dict) else v for v in current]
    return result
