from ..enums import OpenStrEnum


class SendAction(OpenStrEnum):
    EMAIL = "email"
    SEND_MANUALLY = "send_manually"
    SMS = "sms"
    SMS_AND_EMAIL = "sms_and_email"
