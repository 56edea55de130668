"""The tabs of the customer record, in the order they appear ("module:Class")."""

TAB_CLASSES: list[str] = [
    "salon_desk.ui.record.details_tab:DetailsTab",
]
