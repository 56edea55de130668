"""The tabs of the customer record, in the order they appear ("module:Class")."""

TAB_CLASSES: list[str] = [
    "salon_desk.ui.record.details_tab:DetailsTab",
    "salon_desk.ui.record.summary_tab:SummaryTab",
    "salon_desk.ui.record.appointments_tab:AppointmentsTab",
    "salon_desk.ui.record.sales_tab:SalesTab",
    "salon_desk.ui.record.debts_tab:DebtsTab",
    "salon_desk.ui.record.credits_tab:CreditsTab",
    "salon_desk.ui.record.points_tab:PointsTab",
    "salon_desk.ui.record.budgets_tab:BudgetsTab",
    "salon_desk.ui.care.notes_tab:NotesTab",
    "salon_desk.ui.care.documents_tab:DocumentsTab",
    "salon_desk.ui.care.patch_tests_tab:PatchTestsTab",
    "salon_desk.ui.care.surveys_tab:SurveysTab",
    "salon_desk.ui.care.messages_tab:MessagesTab",
    "salon_desk.ui.care.insights_tab:InsightsTab",
]
