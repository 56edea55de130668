"""The catalogue of texts services give the user: errors, warnings and the names of things the
app writes itself (a ticket's card line, a debt's description).

Every text is marked with QT_TRANSLATE_NOOP, so scripts/i18n_extract.py puts it in the
translation files under the context services.texts.CONTEXT; a service raises
``Text(error_texts.X, value=...)`` (see services.texts) and the interface translates it in one
place. tests/test_service_texts.py fails when a service words a message outside this catalogue
or a text here has no Spanish translation. Texts the app stores (``STORED``) are written in
English and recognised again when shown (services.texts.stored_text), so old and new records
read the same in every language.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's tools know
    """Marks a text for translation where it is written (scripts/i18n_extract.py finds it)."""
    return text

# ------------------------------------------------------------------------- things not found
CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Customer {id} does not exist")
SERVICE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Service {id} does not exist")
STAFF_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Staff member {id} does not exist")
ROOM_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Room {id} does not exist")
APPOINTMENT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Appointment {id} does not exist")
SALE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Sale {id} does not exist")
DEBT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Debt {id} does not exist")
BUDGET_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Budget {id} does not exist")
VOUCHER_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Voucher {id} does not exist")
PREPAID_CARD_TYPE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages",
                                                "Prepaid card type {id} does not exist")
PREPAID_CARD_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Prepaid card {id} does not exist")
LOYALTY_CARD_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Loyalty card {id} does not exist")
NOTE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Note {id} does not exist")
PATCH_TEST_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Patch test {id} does not exist")
SURVEY_TEMPLATE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages",
                                              "Survey template {id} does not exist")
SURVEY_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Survey {id} does not exist")
DOCUMENT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Document {id} does not exist")
MESSAGE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Message {id} does not exist")

# ------------------------------------------------------------------------ booking and schedule
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown appointment status {status}")
BLOCKED = QT_TRANSLATE_NOOP("ServiceMessages", "{name} is blocked and cannot be booked")
BLOCKED_BECAUSE = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "{name} is blocked and cannot be booked: {reason}")
DURATION_RANGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "The duration must be between 5 minutes and 12 hours")
PRICE_NEGATIVE = QT_TRANSLATE_NOOP("ServiceMessages", "The price must not be negative")
STAFF_TAKEN = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{staff} is already booked: {what} with {who} on {day} from {start} to "
                       "{end}.")
ROOM_TAKEN = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{room} is already taken: {what} with {who} on {day} from {start} to "
                       "{end}.")
ANOTHER_CUSTOMER = QT_TRANSLATE_NOOP("ServiceMessages", "another customer")
AN_APPOINTMENT = QT_TRANSLATE_NOOP("ServiceMessages", "an appointment")
THE_STAFF_MEMBER = QT_TRANSLATE_NOOP("ServiceMessages", "The staff member")
THE_ROOM = QT_TRANSLATE_NOOP("ServiceMessages", "The room")
SLOT_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages",
                               "That time was booked at another desk a moment ago: the slot is "
                               "taken. Choose another time.")
CUSTOMER_OVERLAP = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{name} already has an appointment at that time: {what}. Book both only "
                       "on purpose (two services at once with two staff members).")
OVERLAP_ITEM = QT_TRANSLATE_NOOP("ServiceMessages", "{what} on {day} from {start} to {end}")
OVERLAP_ITEM_STAFF = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "{what} with {staff} on {day} from {start} to {end}")
CHOOSE_APPOINTMENT = QT_TRANSLATE_NOOP("ServiceMessages", "Choose an appointment to charge")
ONE_CUSTOMER_AT_A_TIME = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "Charge one customer's appointments at a time")
ALREADY_CHARGED = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "This appointment is already charged on ticket {ticket}")
NO_SERVICE_TO_CHARGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "The appointment has no service to charge")

# ------------------------------------------------------------------ warnings before booking
WARN_BLOCKED = QT_TRANSLATE_NOOP("ServiceMessages", "Blocked customer, cannot be booked")
WARN_BLOCKED_BECAUSE = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "Blocked customer, cannot be booked: {reason}")
WARN_ALLERGIES = QT_TRANSLATE_NOOP("ServiceMessages", "Allergies / clinical information: {text}")
WARN_OWES = QT_TRANSLATE_NOOP("ServiceMessages", "Owes {amount} from earlier visits")
WARN_NOTE = QT_TRANSLATE_NOOP("ServiceMessages", "Note: {text}")
WARN_PINNED_NOTE = QT_TRANSLATE_NOOP("ServiceMessages", "Pinned note: {text}")
PATCH_TEST_NO_CUSTOMER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{service} requires a patch test: record the customer first")
PATCH_TEST_EXPIRED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "No valid patch test for {service}: the last passed test ({tested}) "
                       "expired on {until}")
PATCH_TEST_FAILED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "No valid patch test for {service}: last test failed on {tested}")
PATCH_TEST_NONE = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "No valid patch test for {service}: none recorded")
PATCH_TEST_PENDING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "(a test done on {tested} is waiting for its result)")
PATCH_TEST_UNLINKED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "(a test of {what} on {tested} is not linked to a service)")
A_PRODUCT = QT_TRANSLATE_NOOP("ServiceMessages", "a product")

# ------------------------------------------------------------------------------------ sales
DISCOUNT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "The discount must be a number")
DISCOUNT_RANGE = QT_TRANSLATE_NOOP("ServiceMessages", "The discount must be between 0 and 100 %")
LOYALTY_NOT_THEIRS = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "That loyalty card is not this customer's")
LOYALTY_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages", "Loyalty card {number} is cancelled")
LOYALTY_EXPIRED = QT_TRANSLATE_NOOP("ServiceMessages", "Loyalty card {number} expired on {day}")
NO_LINES = QT_TRANSLATE_NOOP("ServiceMessages", "Add at least one line to the sale")
LINE_QUANTITY = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "Line {line}: the quantity must be at least 1")
LINE_CARD = QT_TRANSLATE_NOOP("ServiceMessages",
                              "Line {line}: a card line needs a price and a name")
LINE_ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "Line {line}: the item {id} ({kind}) does not exist")
LINE_UNKNOWN_KIND = QT_TRANSLATE_NOOP("ServiceMessages", "Line {line}: unknown kind {kind}")
LINE_PRICE_NEGATIVE = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "Line {line}: the price must not be negative")
VOUCHER_NOT_IN_SALE = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Voucher "{voucher}" pays for {service}, which is not in this sale')
A_SERVICE = QT_TRANSLATE_NOOP("ServiceMessages", "a service")
CHOOSE_VOUCHER = QT_TRANSLATE_NOOP("ServiceMessages", "Choose one of the customer's vouchers")
VOUCHER_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages", 'Voucher "{voucher}" is cancelled')
VOUCHER_EXPIRED = QT_TRANSLATE_NOOP("ServiceMessages", 'Voucher "{voucher}" expired on {day}')
VOUCHER_SESSIONS_LEFT = QT_TRANSLATE_NOOP("ServiceMessages",
                                          'Voucher "{voucher}" has only %n session(s) left')
CHOOSE_PREPAID = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "Choose one of the customer's prepaid cards")
PREPAID_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages", 'Prepaid card "{card}" is cancelled')
PREPAID_EXPIRED = QT_TRANSLATE_NOOP("ServiceMessages", 'Prepaid card "{card}" expired on {day}')
PREPAID_LEFT = QT_TRANSLATE_NOOP("ServiceMessages", 'Prepaid card "{card}" has only {amount} left')
PREPAID_ALLOWANCE = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Prepaid card "{card}" can pay only {amount} of this sale (the services '
                       "it is valid for)")
CHOOSE_LOYALTY = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "Choose one of the customer's loyalty cards")
LOYALTY_LEFT = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "Loyalty card {number} has only {amount} left")
UNKNOWN_METHOD = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown payment method {method}")
CREDIT_NEEDS_CUSTOMER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only a customer's sale can be paid with vouchers, cards or points")
POINTS_HOW_MANY = QT_TRANSLATE_NOOP("ServiceMessages", "Enter how many points to redeem")
POINTS_ONLY = QT_TRANSLATE_NOOP("ServiceMessages", "The customer has only %n point(s)")
PAYMENT_POSITIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Every payment must be more than zero")
CHANGE_ONLY_CASH = QT_TRANSLATE_NOOP("ServiceMessages", "Only cash is handed over with change")
TENDERED_LESS = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "The cash handed over is less than the amount")
PAYMENTS_OVER_TOTAL = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The payments ({paid}) are more than the total ({total})")
NO_CUSTOMER_PAY_FULL = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "A sale without a customer must be paid in full")
SESSIONS_LEFT_OPTION = QT_TRANSLATE_NOOP("ServiceMessages", "{name} (%n left)")
AMOUNT_LEFT_OPTION = QT_TRANSLATE_NOOP("ServiceMessages", "{name} ({amount} left)")

# ------------------------------------------------------------------------------------ debts
AMOUNT_POSITIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Enter an amount greater than zero")
DEBT_TOO_MUCH = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only {left} is left to pay on this debt; {amount} is too much")
DEBT_ALREADY_PAID = QT_TRANSLATE_NOOP(
    "ServiceMessages", "This debt is already paid in full (perhaps at another desk a moment "
                       "ago): nothing was charged")
DEBT_METHOD = QT_TRANSLATE_NOOP("ServiceMessages",
                                "A debt is paid in cash, by card or by transfer")
OWED_TOO_MUCH = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "The customer owes {owed}; {amount} is too much")

# ---------------------------------------------- names the app writes (stored in English)
TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "Ticket {ticket}")
PAID_ON_TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "Paid on ticket {ticket}")
UNPAID_ON_TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "Unpaid on ticket {ticket}")
UNPAID = QT_TRANSLATE_NOOP("ServiceMessages", "Unpaid on ticket")
FROM_TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "From ticket {ticket}")
PREPAID_CARD_LINE = QT_TRANSLATE_NOOP("ServiceMessages", 'Prepaid card "{card}"')
LOYALTY_CARD_LINE = QT_TRANSLATE_NOOP("ServiceMessages", "Loyalty card {number}")
DEBT_PAYMENT = QT_TRANSLATE_NOOP("ServiceMessages", "Debt payment")
DEBT_PAYMENT_TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "Debt payment (ticket {ticket})")
WITH_NOTE = QT_TRANSLATE_NOOP("ServiceMessages", "{what}: {note}")

# The badges the app makes, shown in the user's language while they keep these names.
BADGE_VIP = QT_TRANSLATE_NOOP("ServiceMessages", "VIP")
BADGE_PREFERS_SILENCE = QT_TRANSLATE_NOOP("ServiceMessages", "Prefers Silence")
BADGE_OFTEN_LATE = QT_TRANSLATE_NOOP("ServiceMessages", "Often Late")
BADGE_OFTEN_EARLY = QT_TRANSLATE_NOOP("ServiceMessages", "Often Early")
BADGE_FREQUENT_VISITOR = QT_TRANSLATE_NOOP("ServiceMessages", "Frequent Visitor")
BADGE_NEW_CUSTOMER = QT_TRANSLATE_NOOP("ServiceMessages", "New Customer")
BADGE_CHECK_IMPORT = QT_TRANSLATE_NOOP("ServiceMessages", "Check import")
BADGES = {"vip": BADGE_VIP, "prefers_silence": BADGE_PREFERS_SILENCE,
          "often_late": BADGE_OFTEN_LATE, "often_early": BADGE_OFTEN_EARLY,
          "frequent_visitor": BADGE_FREQUENT_VISITOR, "new_customer": BADGE_NEW_CUSTOMER,
          "import_check": BADGE_CHECK_IMPORT}

# The stored names recognised when shown, most specific first.
STORED = (DEBT_PAYMENT_TICKET, DEBT_PAYMENT, PAID_ON_TICKET, UNPAID_ON_TICKET, UNPAID,
          FROM_TICKET, PREPAID_CARD_LINE, LOYALTY_CARD_LINE, TICKET)

# ------------------------------------------------------------- cancelling sales and vouchers
SALE_ALREADY_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "Ticket {ticket} was already cancelled on {day}")
SALE_CANCEL_REASON = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "Give the reason for cancelling the sale")
SOLD_VOUCHER_USED = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Voucher "{name}" sold on ticket {ticket} has %n session(s) used '
                       "already, so the sale cannot be cancelled")
SOLD_CARD_USED = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Prepaid card "{name}" sold on ticket {ticket} has been used already, '
                       "so the sale cannot be cancelled")
SALE_NOT_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages", "Ticket {ticket} is not cancelled")
VOUCHER_ALREADY_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages",
                                              'Voucher "{name}" is already cancelled')
VOUCHER_CANCEL_REASON = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Give the reason for cancelling the voucher")
VOUCHER_DELETE_REASON = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Give the reason for deleting the voucher")
VOUCHER_USED_NO_DELETE = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Voucher "{name}" has %n session(s) used, so it cannot be deleted; '
                       "cancel it instead")
VOUCHER_DELETED_NOTE = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'Voucher "{name}" (%n session(s), bought {day}) deleted: {reason}')
# stored in English by a cancellation (the reason typed stays on the sale)
CANCELLED_TICKET = QT_TRANSLATE_NOOP("ServiceMessages", "Cancelled ticket {ticket}")
DEBT_PAYMENT_RETURNED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Debt payment given back, ticket {ticket} cancelled")
POINTS_PAID_RETURNED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Points paid with given back, ticket {ticket} cancelled")
POINTS_EARNED_TAKEN = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Points earned taken back, ticket {ticket} cancelled")
DEBT_CLOSED_CANCELLED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Unpaid on ticket {ticket}, closed when the sale was cancelled")
# First: "Unpaid on ticket {ticket}" would also match the closed debt's text.
STORED = (DEBT_CLOSED_CANCELLED, DEBT_PAYMENT_RETURNED, POINTS_PAID_RETURNED,
          POINTS_EARNED_TAKEN, CANCELLED_TICKET, *STORED)

# ------------------------------------------------------ an earlier debt paid with today's sale
PAYMENTS_OVER_TOTAL_AND_DEBT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The payments ({paid}) are more than the total and the earlier debt "
                       "({total})")
DEBT_NEEDS_CUSTOMER = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "Only a customer's sale can pay an earlier debt")

# ----------------------------------------------- money arguments (services.amounts.checked_*)
MONEY_WHOLE_CENTS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "An amount of money must be a whole number of cents, not {value}")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "A whole number is needed here, not {value}")
DISCOUNT_KIND = QT_TRANSLATE_NOOP(
    "ServiceMessages", "A discount must be given as an exact number (Decimal) or a whole number, "
                       "not {value}")

# ------------------------------------------------ writing files (services.files.written_whole)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The folder {folder} does not exist: choose another folder or create it "
                       "first")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("ServiceMessages", "{folder} is a file, not a folder")
WRITE_IS_FOLDER = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "{file} is a folder: give the name of a file to write")
WRITE_DENIED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} cannot be written: you have no permission to write there, or the "
                       "file is open in another program")
WRITE_NO_SPACE = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "{file} cannot be written: the disk is full")
WRITE_FAILED = QT_TRANSLATE_NOOP("ServiceMessages", "{file} cannot be written ({reason})")

# ------------------------------------------------------------- importing files: the file itself
IMPORT_FILE_MISSING = QT_TRANSLATE_NOOP("ServiceMessages", "{file} does not exist")
IMPORT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "There is no import number {id}")
IMPORT_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} cannot be opened: it may be open in another program, or you may "
                       "not have permission to read it")
IMPORT_WRONG_KIND = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file}: Salon Desk reads .xlsx, .xls, .ods and .csv files, not {suffix}")
IMPORT_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "{file} is empty")
IMPORT_NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} cannot be read as a spreadsheet: it is damaged, protected by a "
                       "password, or not a spreadsheet")
IMPORT_NOT_TEXT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} is not a text or spreadsheet file (it holds binary data): choose "
                       "the .csv, .xlsx, .xls or .ods file with the customers")
IMPORT_SHEET_TOO_BIG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Sheet “{sheet}” of {file} uses cells as far as {cell}, {cells} cells in "
                       "all; Salon Desk reads sheets of up to {limit} cells. Delete the cells "
                       "far from the customers (or copy the customers to a new file) and "
                       "import again.")
IMPORT_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} holds more than {limit} cells: too many for a list of customers. "
                       "Save the customers alone in a new file and import that.")
IMPORT_CELL_TOO_BIG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} holds a cell with more than {limit} characters, far more than a "
                       "spreadsheet cell can hold: the file is damaged or was not made by a "
                       "spreadsheet program, and it is not read.")
IMPORT_TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} unpacks to more than {limit} MB: too big to be a list of "
                       "customers (it may be damaged). Save the customers alone in a new file "
                       "and import that.")
IMPORT_FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{file} is larger than {limit} MB: too big to be a list of customers.")
IMPORT_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    # The count is always in the thousands (over the limit), so it needs no plural forms.
    "ServiceMessages", "Row {row} of {file} has more columns ({columns}) than Salon Desk reads: "
                       "up to {limit}, as many as a spreadsheet has.")
IMPORT_CSV_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Row {row} of {file} (from line {line}) holds a value of more than "
                       "{limit} characters: most likely a quote (\") opened there is never "
                       "closed. Correct it and import again.")

# ----------------------------------------------------------------- importing files: undoing one
IMPORT_ALREADY_UNDONE = QT_TRANSLATE_NOOP("ServiceMessages", "Import {id} was already undone")
IMPORT_UNDO_REFUSED = QT_TRANSLATE_NOOP(
    # {listed}: one line per customer (IMPORT_UNDO_CUSTOMER), then IMPORT_UNDO_MORE
    "ServiceMessages", "Import {id} cannot be undone: %n of its customers changed since.\n  "
                       "{listed}")
IMPORT_UNDO_CUSTOMER = QT_TRANSLATE_NOOP("ServiceMessages", "#{id} {name}: {why}")
IMPORT_UNDO_MORE = QT_TRANSLATE_NOOP("ServiceMessages", "…and %n more")
IMPORT_UNDO_MERGED = QT_TRANSLATE_NOOP("ServiceMessages", "merged into another customer")
IMPORT_UNDO_EDITED = QT_TRANSLATE_NOOP("ServiceMessages", "edited since the import")
IMPORT_UNDO_HISTORY = QT_TRANSLATE_NOOP("ServiceMessages", "has {records} since the import")

# ------------------------------------------------------- importing files: warnings about a file
IMPORT_STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Row {row}: a quote (\") opens a value that runs over lines {first} to "
                       "{last} of the file and takes in %n line(s) that look like rows of their "
                       "own. Check the quotes in that row: as it stands, those lines are read "
                       "as part of it.")
IMPORT_QUOTE_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Row {row}: a quote (\") opened on line {first} is never closed, so the "
                       "rest of the file (to line {last}) is read as one value. Check the "
                       "quotes in that row.")
IMPORT_MIXED_ENCODING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The file mixes two ways of writing accented letters: %n row(s) ({rows}) "
                       "were read as Windows-1252, the rest as UTF-8. Check their names; they "
                       "carry the “Check import” badge.")
IMPORT_CUT_SHORT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The file ends in the middle of a character: it may have been cut short. "
                       "Check its last row.")
IMPORT_NUL_REMOVED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "NUL characters (invisible control codes) were removed from %n row(s): "
                       "{rows}.")
IMPORT_FORMULAS_NO_RESULT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "%n cell(s) hold a formula without its result (rows {rows}): the file "
                       "was saved by a program that does not calculate. Open it in a "
                       "spreadsheet program, save it and import it again; as it stands, the "
                       "formulas are kept in the notes.")
IMPORT_DECIMAL_COMMAS_JOINED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "%n row(s) ({rows}) hold a number with a decimal comma (such as 10,5) "
                       "that the commas separating the columns had cut in two: it was read as "
                       "one number.")
IMPORT_EXTRA_CELLS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "%n row(s) ({rows}) have values in columns without a header: they are "
                       "kept in the notes of those customers, who carry the “Check import” "
                       "badge.")
IMPORT_COLUMN_NO_HEADER = QT_TRANSLATE_NOOP("ServiceMessages", "Column {column}")

# ------------------------------------------------------- importing files: a row, a value
IMPORT_NAME_INVISIBLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The name holds only invisible characters")
IMPORT_ROW_INVISIBLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The row holds only invisible characters (such as zero-width spaces)")
IMPORT_ID_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "too large for a customer number (the largest is {limit})")
FLAG_ENCODING_GUESSED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "read as Windows-1252 (the file mixes two encodings): check its accents")
FLAG_NUL_REMOVED = QT_TRANSLATE_NOOP("ServiceMessages", "NUL characters removed")
FLAG_NUMBER_ROUNDED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "a number too long for the spreadsheet, which kept only its first 15 "
                       "digits: check it against the original")
FLAG_FORMULA_NO_RESULT = QT_TRANSLATE_NOOP(
    "ServiceMessages", "a formula without its result: kept as written")
FLAG_NO_HEADER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "in a column without a header: kept in the notes")
FLAG_STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "runs over lines {first} to {last} of the file: a quote may be missing")
PHONE_LETTERS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "“{text}” has letters in it: write only the number (an extension as "
                       "“ext. 12”)")

# ---------------------------------------- importing files: values that cannot be read as such
VALUE_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "empty")
VALUE_NOT_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "not a valid email")
VALUE_NOT_YES_NO = QT_TRANSLATE_NOOP("ServiceMessages", "not yes or no")
VALUE_NOT_STATUS = QT_TRANSLATE_NOOP("ServiceMessages", "not Active or Inactive")
VALUE_NOT_GENDER = QT_TRANSLATE_NOOP("ServiceMessages", "not a gender (female, male, other)")
VALUE_NOT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "not a number")
VALUE_DISCOUNT_RANGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "a discount must be between 0 and 100 %")
VALUE_NOT_WHOLE = QT_TRANSLATE_NOOP("ServiceMessages", "not a whole number")
VALUE_NOT_AMOUNT = QT_TRANSLATE_NOOP("ServiceMessages", "not an amount")
VALUE_NOT_COUNTRY = QT_TRANSLATE_NOOP(
    "ServiceMessages", "not a country (use the two-letter code: ES, GB, FR...)")
VALUE_NOT_DATE = QT_TRANSLATE_NOOP("ServiceMessages", "not a date")
VALUE_ONLY_YEAR = QT_TRANSLATE_NOOP("ServiceMessages", "only a year, without day and month")
VALUE_DATE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "day and month cannot be told apart; choose the date order")
VALUE_NO_MONTH = QT_TRANSLATE_NOOP("ServiceMessages", "there is no month {month}")
VALUE_NO_DAY = QT_TRANSLATE_NOOP("ServiceMessages", "day {day} does not exist in that month")
VALUE_NO_YEAR = QT_TRANSLATE_NOOP("ServiceMessages", "the year is missing")
VALUE_NOT_DATETIME = QT_TRANSLATE_NOOP("ServiceMessages", "not a date and time")
VALUE_NOT_TIME = QT_TRANSLATE_NOOP("ServiceMessages", "not a valid time")
VALUE_NOT_CUSTOMER_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "not a customer number")
VALUE_YEAR_TOO_OLD = QT_TRANSLATE_NOOP("ServiceMessages", "the year is too far in the past")
VALUE_IN_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages", "the date is in the future")
VALUE_NOT_DATE_OR_YES = QT_TRANSLATE_NOOP("ServiceMessages", "not a date or yes/no")
VALUE_NO_EMPLOYEE = QT_TRANSLATE_NOOP("ServiceMessages", "no employee of that name")
VALUE_TOO_LONG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "too long: at most %n character(s) fit in this field; this has {length}")
PHONE_NOT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "\"{text}\" is not a phone number")
PHONE_NOT_VALID = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "\"{text}\" is not a valid phone number for {country}")

# ---------------------------------------------------- importing files: what happens to a row
IMPORT_NO_NAME = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "No name: a first name or a last name is needed")
IMPORT_PROBLEM_AT = QT_TRANSLATE_NOOP("ServiceMessages", "{column}: '{value}' ({why})")
IMPORT_DATES_NEED_ORDER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The dates in this file can be read day-first or month-first (e.g. "
                       "05/06/1990): choose the date order.")
STATUS_NEW = QT_TRANSLATE_NOOP("ServiceMessages", "New")
STATUS_NEW_KEPT = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "New (unreadable values kept in the notes)")
STATUS_EXAMPLE = QT_TRANSLATE_NOOP("ServiceMessages", "Skipped: the template's example row")
STATUS_REJECTED = QT_TRANSLATE_NOOP("ServiceMessages", "Rejected: {why}")
STATUS_SAME_AS_ROW = QT_TRANSLATE_NOOP("ServiceMessages", "Same as row {row} ({why}): {action}")
STATUS_MATCHES = QT_TRANSLATE_NOOP("ServiceMessages", "Matches #{id} ({why}): {action}")
ACTION_SKIPPED = QT_TRANSLATE_NOOP("ServiceMessages", "will be skipped")
ACTION_FILLED = QT_TRANSLATE_NOOP("ServiceMessages", "empty fields will be filled")
WHY_SAME_ID = QT_TRANSLATE_NOOP("ServiceMessages", "same ID")
WHY_SAME_EXTERNAL_ID = QT_TRANSLATE_NOOP("ServiceMessages", "same external ID")
WHY_SAME_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "same email")
WHY_SAME_MOBILE = QT_TRANSLATE_NOOP("ServiceMessages", "same mobile")
SKIPPED_EXAMPLE = QT_TRANSLATE_NOOP("ServiceMessages", "the template's example row")
SKIPPED_MATCH = QT_TRANSLATE_NOOP("ServiceMessages", "{why} as customer #{id}")
SKIPPED_ADDED = QT_TRANSLATE_NOOP("ServiceMessages", "added to the new customer of row {row}")
SKIPPED_NOTHING = QT_TRANSLATE_NOOP("ServiceMessages", "nothing to add to customer #{id}")

# ------------------------------------------------------------- the fields of a form, in general
THAT_STAFF_MISSING = QT_TRANSLATE_NOOP("ServiceMessages", "That staff member does not exist")
THAT_SERVICE_MISSING = QT_TRANSLATE_NOOP("ServiceMessages", "That service does not exist")
THAT_PRODUCT_MISSING = QT_TRANSLATE_NOOP("ServiceMessages", "That product does not exist")
APPOINTMENT_NOT_THEIRS = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "That appointment is not one of this customer's")
NAME_REQUIRED = QT_TRANSLATE_NOOP("ServiceMessages", "A name is required")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Must not be negative")
NAME_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages", '"{name}" already exists')
EXPIRY_BEFORE_PURCHASE = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "The expiry date is before the purchase date")
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "This file is not an image Salon Desk can read (use JPEG, PNG, WebP, BMP, "
                       "GIF or TIFF)")
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "The file {file} does not exist")
NOT_A_FILE = QT_TRANSLATE_NOOP("ServiceMessages", "{file} is not a file")

# ------------------------------------------------------------------------------- customers
NAME_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Enter at least a first name or a last name")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "Too long: at most %n character(s) fit here; this has {length}")
EMAIL_NOT_VALID = QT_TRANSLATE_NOOP("ServiceMessages", "The email is not valid: {reason}")
MOBILE_NOT_VALID = QT_TRANSLATE_NOOP("ServiceMessages", "The mobile is not valid: {reason}")
PHONE_FIELD_NOT_VALID = QT_TRANSLATE_NOOP("ServiceMessages", "The phone is not valid: {reason}")
GENDER_CHOICE = QT_TRANSLATE_NOOP("ServiceMessages", "Choose female, male, other or unspecified")
CUSTOMER_SINCE_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Customer since cannot be in the future")
COUNTRY_CODE = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "Use the two-letter country code (ES, GB, FR...)")
BLOCKED_REASON_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Say why the customer is blocked")
CONSENT_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown consent {category}/{channel}")
BIRTH_DAY_AND_MONTH = QT_TRANSLATE_NOOP("ServiceMessages", "Give both the day and the month")
BIRTH_MONTH_RANGE = QT_TRANSLATE_NOOP("ServiceMessages", "The month must be between 1 and 12")
BIRTH_NO_SUCH_DAY = QT_TRANSLATE_NOOP("ServiceMessages", "Day {day} does not exist in that month")
BIRTH_YEAR_TOO_OLD = QT_TRANSLATE_NOOP("ServiceMessages", "The year is too far in the past")
BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth is in the future")

# ---------------------------------------------- two desks editing one customer (version check)
CUSTOMER_CHANGED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{name} was changed at another desk since you opened this form, and "
                       "nothing was saved. Their value → yours: {changes}. Reload to see their "
                       "changes, then make yours again.")
CHANGE_ITEM = QT_TRANSLATE_NOOP("ServiceMessages", "{field}: {theirs} → {yours}")
VALUE_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "(empty)")
VALUE_YES = QT_TRANSLATE_NOOP("ServiceMessages", "yes")
VALUE_NO = QT_TRANSLATE_NOOP("ServiceMessages", "no")
GENDER_FEMALE = QT_TRANSLATE_NOOP("ServiceMessages", "female")
GENDER_MALE = QT_TRANSLATE_NOOP("ServiceMessages", "male")
GENDER_OTHER = QT_TRANSLATE_NOOP("ServiceMessages", "other")
GENDER_UNSPECIFIED = QT_TRANSLATE_NOOP("ServiceMessages", "unspecified")
FIELD_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "Email")
FIELD_MOBILE = QT_TRANSLATE_NOOP("ServiceMessages", "Mobile")
FIELD_PHONE = QT_TRANSLATE_NOOP("ServiceMessages", "Phone")
FIELD_GENDER = QT_TRANSLATE_NOOP("ServiceMessages", "Gender")
FIELD_BIRTH_DATE = QT_TRANSLATE_NOOP("ServiceMessages", "Date of birth")
FIELD_ANNIVERSARY = QT_TRANSLATE_NOOP("ServiceMessages", "Anniversary")
FIELD_STREET = QT_TRANSLATE_NOOP("ServiceMessages", "Street")
FIELD_CITY = QT_TRANSLATE_NOOP("ServiceMessages", "City")
FIELD_POSTCODE = QT_TRANSLATE_NOOP("ServiceMessages", "Postcode")
FIELD_REGION = QT_TRANSLATE_NOOP("ServiceMessages", "Region")
FIELD_COUNTRY = QT_TRANSLATE_NOOP("ServiceMessages", "Country")
FIELD_PREFERRED_STAFF = QT_TRANSLATE_NOOP("ServiceMessages", "Preferred staff")
FIELD_REFERRAL = QT_TRANSLATE_NOOP("ServiceMessages", "Referred by")
FIELD_EXTERNAL_ID = QT_TRANSLATE_NOOP("ServiceMessages", "External ID")
FIELD_CUSTOMER_SINCE = QT_TRANSLATE_NOOP("ServiceMessages", "Customer since")
FIELD_CATEGORY = QT_TRANSLATE_NOOP("ServiceMessages", "Category")
FIELD_DISCOUNT = QT_TRANSLATE_NOOP("ServiceMessages", "Discount")
FIELD_NOTES = QT_TRANSLATE_NOOP("ServiceMessages", "Notes")
FIELD_ALLERGIES = QT_TRANSLATE_NOOP("ServiceMessages", "Allergies and health")
FIELD_ACTIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Active")
FIELD_BLOCKED = QT_TRANSLATE_NOOP("ServiceMessages", "Blocked")
FIELD_BLOCKED_REASON = QT_TRANSLATE_NOOP("ServiceMessages", "Why blocked")
FIELD_PRIVACY = QT_TRANSLATE_NOOP("ServiceMessages", "Privacy policy accepted")
FIELD_REMINDERS = QT_TRANSLATE_NOOP("ServiceMessages", "Appointment reminders")
FIELD_BIRTHDAY_GREETINGS = QT_TRANSLATE_NOOP("ServiceMessages", "Birthday greetings")
FIELD_MARKETING = QT_TRANSLATE_NOOP("ServiceMessages", "Marketing messages")
FIELD_BADGES = QT_TRANSLATE_NOOP("ServiceMessages", "Badges")
FIELD_CONSENT = QT_TRANSLATE_NOOP("ServiceMessages", "Consent to {category} by {channel}")
CONSENT_APPOINTMENTS = QT_TRANSLATE_NOOP("ServiceMessages", "appointment information")
CONSENT_MARKETING = QT_TRANSLATE_NOOP("ServiceMessages", "promotions")

# --------------------------------------------------------------------------- the demo salon
DEMO_NOT_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "The database already has customers; demo "
                                   "data goes into an empty one.")

# ------------------------------------------------------------------ duplicates and merging
TWO_DIFFERENT_CUSTOMERS = QT_TRANSLATE_NOOP("ServiceMessages", "Choose two different customers")
MERGE_ALREADY_MERGED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Customer {id} was already merged into customer {into}")
MERGE_CHOOSE_OTHER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Choose at least one other customer to merge into this one")
MERGE_KEPT_MERGED_AWAY = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "The customer kept cannot also be merged away")
MERGE_UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown fields to merge: {fields}")
MERGE_FIELD_VALUES = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "{field}: give {count} values ({columns})")
MERGE_NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("ServiceMessages", "Customer {id} has no merge to undo")
UNDO_ALREADY_UNDONE = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "That merge was already undone on {day}")
UNDO_KEPT_GONE = QT_TRANSLATE_NOOP("ServiceMessages", "Customer {id} no longer exists")
UNDO_KEPT_MERGED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Customer {id} was merged into customer {into} afterwards: undo that "
                       "merge first")
UNDO_NOT_LATEST = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only the latest merge of customer {id} can be undone: undo the merge of "
                       "{merged} ({when}) first")
UNDO_CUSTOMER_DELETED = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Customer {id} was deleted since the merge")
UNDO_CUSTOMER_CHANGED = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Customer {id} changed since the merge")

# ------------------------------------------------------------------------ notes and formulas
MUST_BE_WHOLE = QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be a whole number")
MUST_BE_BETWEEN = QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be between {low} and {high}")
DEVELOPER_VOLUME = QT_TRANSLATE_NOOP("ServiceMessages", "The developer volume")
PROCESSING_TIME = QT_TRANSLATE_NOOP("ServiceMessages", "The processing time")
STARTING_LEVEL = QT_TRANSLATE_NOOP("ServiceMessages", "The starting level")
TARGET_LEVEL = QT_TRANSLATE_NOOP("ServiceMessages", "The target level")
SHADE_GRAMS = QT_TRANSLATE_NOOP("ServiceMessages",
                                "Shade {number}: the amount must be a number of grams")
SHADE_NAME_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "Shade {number}: give the shade (e.g. 6.3)")
SHADE_GRAMS_RANGE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Shade {name}: the amount must be between 0.1 and 1000 g")
MIXING_RATIO = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "Write the mixing ratio as colour:developer, e.g. 1:1.5")
NOTE_TYPE = QT_TRANSLATE_NOOP("ServiceMessages", "A note is either general or colour")
FORMULA_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "A colour formula needs at least one shade (or a note)")
WRITE_THE_NOTE = QT_TRANSLATE_NOOP("ServiceMessages", "Write the note")
FORMULA_BASE_NOT_THEIRS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The formula to start from is not one of this customer's")
NO_FORMULA_TO_REUSE = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "That note has no colour formula to reuse")

# ------------------------------------------------------------------------------ patch tests
PATCH_RESULT = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "The result must be passed, failed or pending")
PATCH_DATE_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Give the date of the test")
PATCH_DATE_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages", "The test date cannot be in the future")
PATCH_SUBJECT_NEEDED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Say what was tested (a service, a product or a description)")
PATCH_VALID_BEFORE_TEST = QT_TRANSLATE_NOOP("ServiceMessages",
                                            "Valid until cannot be before the test date")

# ---------------------------------------------------------------------------------- surveys
SURVEY_NAME_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Give the survey a name")
SURVEY_NAME_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages", 'A survey named "{name}" already exists')
QUESTION_NO_TEXT = QT_TRANSLATE_NOOP("ServiceMessages", "Question {number} has no text")
QUESTION_UNKNOWN_KIND = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Question {number}: unknown kind {kind}")
QUESTION_TWO_CHOICES = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "Question {number}: give at least two choices")
QUESTION_CHOICES_REPEAT = QT_TRANSLATE_NOOP("ServiceMessages",
                                            "Question {number}: the choices repeat")
SURVEY_NO_QUESTIONS = QT_TRANSLATE_NOOP("ServiceMessages", "Add at least one question")
ANSWER_PROBLEM = QT_TRANSLATE_NOOP("ServiceMessages", "{question}: {problem}")
RATING_NOT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "The rating must be a number from 1 to 5")
RATING_RANGE = QT_TRANSLATE_NOOP("ServiceMessages", "The rating must be from 1 to 5")
ANSWER_YES_OR_NO = QT_TRANSLATE_NOOP("ServiceMessages", "Answer yes or no")
ANSWER_NOT_A_CHOICE = QT_TRANSLATE_NOOP("ServiceMessages", "“{value}” is not one of the choices")
ANSWERS_NOT_IN_SURVEY = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Some answers are for questions that are not in this survey")
ANSWER_ONE_QUESTION = QT_TRANSLATE_NOOP("ServiceMessages", "Answer at least one question")

# -------------------------------------------------------------------------------- documents
DOCUMENT_STORED_NAME = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "Refusing an unexpected stored file name: {name}")
DOCUMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "“{name}” is {size}; files up to {limit} MB can be attached (the limit "
                       "can be changed in Settings).")
DOCUMENT_TITLE_LONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "The title is too long (200 characters at most)")
DOCUMENT_DATE_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "The document date cannot be in the future")
DOCUMENT_TITLE_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Give the document a title")
DOCUMENT_FILE_MISSING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The file of “{title}” is missing from the documents folder ({folder}).")
DOCUMENT_UNREADABLE = QT_TRANSLATE_NOOP("ServiceMessages", "“{name}” could not be read: {reason}")

# --------------------------------------------------------------------------- logged messages
MESSAGE_CHANNEL = QT_TRANSLATE_NOOP("ServiceMessages", "Choose how the message was sent")
MESSAGE_CATEGORY = QT_TRANSLATE_NOOP("ServiceMessages", "Choose what the message was about")
MESSAGE_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "Write what was said (a subject or the text)")
MESSAGE_SUBJECT_LONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "The subject is too long (200 characters at most)")
MESSAGE_IN_FUTURE = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "A logged message cannot be in the future")
MESSAGE_NOT_LOGGED = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "Only messages logged by hand can be deleted")

# ------------------------------------------------------------------------ the catalogue pages
BUILTIN_BADGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                  '"{name}" is a built-in badge and cannot be deleted')
STILL_USED = QT_TRANSLATE_NOOP("ServiceMessages",
                               '"{name}" is still used elsewhere; make it inactive instead')
PACKAGE_LINE_KIND = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "Each line holds either a service or a product")
PACKAGE_QUANTITY = QT_TRANSLATE_NOOP("ServiceMessages", "Quantities must be at least 1")
CATEGORY_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Customer category {id} does not exist")
BADGE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Badge {id} does not exist")
SERVICE_TYPE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Service type {id} does not exist")
PRODUCT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Product {id} does not exist")
PACKAGE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Package {id} does not exist")
# what services.sales.catalog says of a row of each table it edits that no longer exists
CATALOG_NOT_FOUND = {"CustomerCategory": CATEGORY_NOT_FOUND, "Badge": BADGE_NOT_FOUND,
                     "Staff": STAFF_NOT_FOUND, "Room": ROOM_NOT_FOUND,
                     "ServiceType": SERVICE_TYPE_NOT_FOUND, "Service": SERVICE_NOT_FOUND,
                     "Product": PRODUCT_NOT_FOUND, "Package": PACKAGE_NOT_FOUND}

# ---------------------------------------------------------------------------------- budgets
BUDGET_NO_LINES = QT_TRANSLATE_NOOP("ServiceMessages", "Add at least one line to the budget")
BUDGET_LINE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Line {line}: {kind} {id} does not exist")
BUDGET_LINE_PRICE = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "Line {line}: check the price and the discount")
BUDGET_EXPIRES_BEFORE_ISSUED = QT_TRANSLATE_NOOP("ServiceMessages",
                                                 "The budget cannot expire before it is issued")
BUDGET_ACCEPTED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Budget {code} is already accepted and can no longer change")
BUDGET_UNKNOWN_STATUS = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown budget status {status}")
BUDGET_CHARGED_NO_DELETE = QT_TRANSLATE_NOOP("ServiceMessages",
                                             "Budget {code} was charged and cannot be deleted")
BUDGET_ALREADY_CHARGED = QT_TRANSLATE_NOOP("ServiceMessages", "Budget {code} is already charged")
DAYS_BETWEEN_SESSIONS = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Leave at least one day between sessions")
BUDGET_NO_SERVICES = QT_TRANSLATE_NOOP("ServiceMessages", "Budget {code} has no services to book")

# --------------------------------------------------------------- vouchers, cards and points
VOUCHER_NAME_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Give the voucher a name")
VOUCHER_ONE_SESSION = QT_TRANSLATE_NOOP("ServiceMessages", "A voucher holds at least one session")
SESSIONS_ALREADY_USED = QT_TRANSLATE_NOOP("ServiceMessages", "%n session(s) already used")
VOUCHER_NOT_USABLE = QT_TRANSLATE_NOOP("ServiceMessages",
                                       'Voucher "{name}" cannot be used: {state}')
STATE_EXPIRED = QT_TRANSLATE_NOOP("ServiceMessages", "expired")
STATE_USED_UP = QT_TRANSLATE_NOOP("ServiceMessages", "used up")
STATE_CANCELLED = QT_TRANSLATE_NOOP("ServiceMessages", "cancelled")
VOUCHER_STATES = {"Expired": STATE_EXPIRED, "Used up": STATE_USED_UP,
                  "Cancelled": STATE_CANCELLED}  # by services.sales.credits.status_of
CARD_TYPE_NAME_NEEDED = QT_TRANSLATE_NOOP("ServiceMessages", "Give the card type a name")
VALUE_MORE_THAN_ZERO = QT_TRANSLATE_NOOP("ServiceMessages", "The value must be more than zero")
VALID_ONE_MONTH = QT_TRANSLATE_NOOP("ServiceMessages", "Valid for at least one month")
CARD_SERVICES_NEEDED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Choose the services the card is valid for, or allow any service")
CARD_TYPE_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages", 'A card type "{name}" already exists')
CARD_TYPE_ACTIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Choose an active prepaid card type")
VALUE_BELOW_USED = QT_TRANSLATE_NOOP("ServiceMessages",
                                     "The value cannot be less than what is already used")
CARD_NUMBER_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages", "Card number {number} is already taken")
POINTS_UNKNOWN_ACTION = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown points action {action}")
POINTS_NOT_ZERO = QT_TRANSLATE_NOOP("ServiceMessages", "Enter a number of points other than zero")
POINTS_MUST_BE_POSITIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Points {action} must be positive")
POINTS_TOO_FEW = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "The customer has only %n point(s); {taken} cannot be taken")

# ------------------------------------------------------------------ printing and exporting
TAX_RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", '"{text}" is not a tax rate')
TAX_RATE_RANGE = QT_TRANSLATE_NOOP("ServiceMessages", "Tax rates go from 0 to 99 %")
LOGO_UNREADABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "This file is not an image Salon Desk can read (use PNG, JPEG, WebP, BMP "
                       "or GIF)")
TICKET_LAYOUT_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "Unknown ticket layout {layout}: use {layouts}")
EXPORT_KIND = QT_TRANSLATE_NOOP("ServiceMessages", "Export to a .xlsx or a .csv file")

# ------------------------------------------------------------------------ backups and restore
BACKUP_NOT_MADE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "No backup could be made in {folder} ({reason}); the earlier backups "
                       "are as they were")
BACKUP_PASSPHRASE_MISSING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Backups are encrypted, but no passphrase is saved on this computer: "
                       "enter it in the backup settings")
BACKUP_NO_KEYRING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "This computer has no password store (system keyring) Salon Desk can use, "
                       "so the backup passphrase cannot be saved; it is never written in plain "
                       "text. Enter it when asked, or set the environment variable {variable}.")
BACKUP_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The passphrase is not the one this backup was encrypted with, or the "
                       "file was changed")
BACKUP_ARCHIVE_DAMAGED = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "The encrypted backup is incomplete or damaged")
BACKUP_NOT_ENCRYPTED_BACKUP = QT_TRANSLATE_NOOP("ServiceMessages",
                                                "This file is not an encrypted Salon Desk backup")
NOT_A_BACKUP = QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not a Salon Desk backup")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The backup {path} is damaged (its database does not check out); nothing "
                       "was restored")
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The backup could not be restored ({reason}); a copy of the database as "
                       "it was is kept beside it")

# --------------------------------------------------------------------- privacy (GDPR rights)
ALREADY_FORGOTTEN = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "Customer {id} has already been forgotten")
FORGOTTEN_NAME = QT_TRANSLATE_NOOP("ServiceMessages", "Forgotten customer")

# ---------------------------------------------------------------------------------- segments
SEGMENT_BAD_VALUE = QT_TRANSLATE_NOOP("ServiceMessages", "{value} is not one of: {allowed}")
SEGMENT_NEGATIVE = QT_TRANSLATE_NOOP("ServiceMessages", "Must be zero or more")
SEGMENT_UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("ServiceMessages",
                                              "This segment has a criterion Salon Desk does "
                                              "not know: {name}")
SEGMENT_NAME_REQUIRED = QT_TRANSLATE_NOOP("ServiceMessages", "A segment needs a name")
SEGMENT_NAME_TOO_LONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "A segment's name is at most {limit} characters long")
SEGMENT_NAME_TAKEN = QT_TRANSLATE_NOOP("ServiceMessages",
                                       'There is already a segment called "{name}"')
SEGMENT_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Segment {id} does not exist")
SEGMENT_NAME_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages",
                                         'No segment is called "{name}". Saved segments: {known}')
SEGMENT_UNKNOWN_SERVICE = QT_TRANSLATE_NOOP("ServiceMessages",
                                            'No service is called "{name}". Services: {known}')
SEGMENT_UNKNOWN_SERVICE_TYPE = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'No service type is called "{name}". Service types: {known}')
SEGMENT_UNKNOWN_BADGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                          'No badge is called "{name}". Badges: {known}')
SEGMENT_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "ServiceMessages", 'No customer category is called "{name}". Categories: {known}')
SEGMENT_UNKNOWN_PACKAGE = QT_TRANSLATE_NOOP("ServiceMessages",
                                            'No package is called "{name}". Packages: {known}')
BULK_UNDO_NOTHING = QT_TRANSLATE_NOOP("ServiceMessages", "There is no bulk change to undo")
BULK_UNDO_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The last bulk change cannot be undone: {count} of its %n customer(s) "
                       "changed since")

# ------------------------------------------------------- sending messages (email, SMS, secrets)
NO_KEYRING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "This computer has no password store (system keyring) Salon Desk can use, "
                       "so the {what} cannot be saved. Enter it each time you send, or set the "
                       "environment variable {variable}.")
KEYRING_REFUSED = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "The system's password store refused to save the {what}")
THE_SMTP_PASSWORD = QT_TRANSLATE_NOOP("ServiceMessages", "email password")
THE_SMS_KEY = QT_TRANSLATE_NOOP("ServiceMessages", "SMS provider's key")
SECRET_MISSING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "No {what} is saved: enter it in the settings, or set the environment "
                       "variable {variable}")
SMTP_NOT_SET = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "Set the email server and the sender's address in the settings")
SMTP_SECURITY = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "Unknown email security {security}: use none, starttls or ssl")
SMTP_DNS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server {host} was not found: check its name and the internet "
                       "connection")
SMTP_REFUSED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server {host} refused the connection on port {port}: check the "
                       "port")
SMTP_TLS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The secure connection (TLS) to {host} failed: check the security "
                       "setting (SSL or STARTTLS) and the port")
SMTP_NO_STARTTLS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server {host} does not offer STARTTLS: choose SSL, or no "
                       "security")
SMTP_AUTH = QT_TRANSLATE_NOOP("ServiceMessages",
                              "The email server did not accept the user name or the password")
SMTP_NO_AUTH = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server does not offer a login on this connection: choose "
                       "STARTTLS or SSL, or leave the user empty")
SMTP_TIMEOUT = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "The email server {host} did not answer within {seconds} seconds")
SMTP_DISCONNECTED = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "The email server {host} closed the connection")
SMTP_SENDER_REFUSED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server refused the sender's address (error {code})")
SMTP_RECIPIENT_REFUSED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The email server refused the customer's address (error {code})")
SMTP_MESSAGE_REFUSED = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "The email server refused the message (error {code})")
SMTP_OTHER = QT_TRANSLATE_NOOP("ServiceMessages", "Sending the email failed ({what})")
SMS_NOT_SET = QT_TRANSLATE_NOOP("ServiceMessages",
                                "Set the SMS account and the sender in the settings")
SMS_PROVIDER_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "Unknown SMS provider {provider}: use {known}")
SMS_AUTH = QT_TRANSLATE_NOOP("ServiceMessages",
                             "The SMS provider did not accept the account or the key")
SMS_REFUSED = QT_TRANSLATE_NOOP("ServiceMessages",
                                "The SMS provider refused the message (error {code})")
SMS_BUSY = QT_TRANSLATE_NOOP("ServiceMessages",
                             "The SMS provider could not take the message now (HTTP {status})")
SMS_UNREACHABLE = QT_TRANSLATE_NOOP("ServiceMessages",
                                    "The SMS provider could not be reached ({what})")
SMS_ANSWER_UNREADABLE = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "The SMS provider's answer could not be read")
SEND_NO_RECIPIENT = QT_TRANSLATE_NOOP("ServiceMessages", "The message has no address to go to")
SEND_CHANNEL = QT_TRANSLATE_NOOP("ServiceMessages", "Salon Desk does not send messages by "
                                                    "{channel}")
SEND_STOPPED = QT_TRANSLATE_NOOP("ServiceMessages", "Sending stopped, nothing more was sent: "
                                                    "{reason}")
SEND_UNCERTAIN = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The message was handed over but no answer came back: it may have gone. "
                       "Check with the customer before sending it again")
SEND_WITHDRAWN = QT_TRANSLATE_NOOP("ServiceMessages",
                                   "Not sent: the customer may no longer receive it ({reason})")
# A message's error, as services.messages.sender stores it (in English, shown translated).
STORED = (SEND_UNCERTAIN, SEND_WITHDRAWN,
          SMTP_DNS, SMTP_REFUSED, SMTP_TLS, SMTP_NO_STARTTLS, SMTP_AUTH, SMTP_NO_AUTH,
          SMTP_TIMEOUT, SMTP_DISCONNECTED, SMTP_SENDER_REFUSED, SMTP_RECIPIENT_REFUSED, SMTP_MESSAGE_REFUSED,
          SMTP_OTHER, SMS_AUTH, SMS_REFUSED, SMS_BUSY, SMS_UNREACHABLE, SMS_ANSWER_UNREADABLE,
          SEND_NO_RECIPIENT, SEND_CHANNEL, *STORED)

# -------------------------------------------- messages: who receives, templates, the outbox
AUDIENCE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "no such customer")
AUDIENCE_MERGED = QT_TRANSLATE_NOOP("ServiceMessages", "merged into another record")
AUDIENCE_INACTIVE = QT_TRANSLATE_NOOP("ServiceMessages", "inactive")
AUDIENCE_BLOCKED = QT_TRANSLATE_NOOP("ServiceMessages", "blocked")
AUDIENCE_NO_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "no email")
AUDIENCE_INVALID_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "email not valid")
AUDIENCE_NO_MOBILE = QT_TRANSLATE_NOOP("ServiceMessages", "no mobile")
AUDIENCE_INVALID_MOBILE = QT_TRANSLATE_NOOP("ServiceMessages", "mobile not valid")
AUDIENCE_REMINDERS_OFF = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "appointment reminders switched off")
AUDIENCE_BIRTHDAY_OFF = QT_TRANSLATE_NOOP("ServiceMessages", "birthday greetings switched off")
AUDIENCE_MARKETING_OFF = QT_TRANSLATE_NOOP("ServiceMessages", "marketing messages switched off")
AUDIENCE_NO_CONSENT = QT_TRANSLATE_NOOP("ServiceMessages", "no {category} consent by {channel}")
CONSENT_OF_MARKETING = QT_TRANSLATE_NOOP("ServiceMessages", "marketing")
CONSENT_OF_APPOINTMENTS = QT_TRANSLATE_NOOP("ServiceMessages", "appointment")
BY_EMAIL = QT_TRANSLATE_NOOP("ServiceMessages", "email")
BY_SMS = QT_TRANSLATE_NOOP("ServiceMessages", "SMS")
BY_WHATSAPP = QT_TRANSLATE_NOOP("ServiceMessages", "WhatsApp")
# Why a customer is left out of a message (services.messages.audience), by reason code.
AUDIENCE_REASONS = {
    "not_found": AUDIENCE_NOT_FOUND, "merged": AUDIENCE_MERGED, "inactive": AUDIENCE_INACTIVE,
    "blocked": AUDIENCE_BLOCKED, "no_email": AUDIENCE_NO_EMAIL,
    "invalid_email": AUDIENCE_INVALID_EMAIL, "no_mobile": AUDIENCE_NO_MOBILE,
    "invalid_mobile": AUDIENCE_INVALID_MOBILE, "reminders_off": AUDIENCE_REMINDERS_OFF,
    "birthday_off": AUDIENCE_BIRTHDAY_OFF, "marketing_off": AUDIENCE_MARKETING_OFF,
    "no_consent": AUDIENCE_NO_CONSENT,
}
CONSENT_WORDS = {"marketing": CONSENT_OF_MARKETING, "appointments": CONSENT_OF_APPOINTMENTS}
CHANNEL_WORDS = {"email": BY_EMAIL, "sms": BY_SMS, "whatsapp": BY_WHATSAPP}
# Stored only inside the placeholders of STORED_NESTING's texts (SEND_WITHDRAWN's reason and
# the words of that reason), never on their own: a product called "blocked" stays as typed.
STORED_PARTS = (*AUDIENCE_REASONS.values(), *CONSENT_WORDS.values(), *CHANNEL_WORDS.values())
STORED_NESTING = (SEND_WITHDRAWN, AUDIENCE_NO_CONSENT)
TEMPLATE_NOT_FOUND = QT_TRANSLATE_NOOP("ServiceMessages", "Message template {id} does not exist")
TEMPLATE_NAME_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "No message template is called {name}: use {known}")
TEMPLATE_NAME_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "Give the template a name")
TEMPLATE_NAME_LONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "The name is too long (80 characters at most)")
TEMPLATE_NO_TEXT = QT_TRANSLATE_NOOP("ServiceMessages",
                                     "Write the template's text in one language at least")
TEMPLATE_LANGUAGE = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown language {language}: use {known}")
TEMPLATE_KIND = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "Unknown kind of message {kind}: use {known}")
TEMPLATE_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("ServiceMessages",
                                           "Unknown field {field} in the message: use {known}")
TEMPLATE_BRACE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "A brace in the message is not closed: fields are written as {example}")
QUEUE_CHANNEL = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "Messages are queued by email or SMS, not by {channel}")
QUEUE_CATEGORY = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Choose what the message is about: appointments or marketing")
QUEUE_EMPTY = QT_TRANSLATE_NOOP("ServiceMessages", "Write the message's text")
QUEUE_NO_SUBJECT = QT_TRANSLATE_NOOP("ServiceMessages", "An email needs a subject")
QUEUE_ATTACHMENT_CHANNEL = QT_TRANSLATE_NOOP("ServiceMessages",
                                             "Only an email can carry attachments")
OUTBOX_NOT_CANCELLABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only a message still waiting to be sent can be cancelled")
OUTBOX_NOT_RETRIABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only a failed, cancelled or unknown message can be sent again")
OUTBOX_NOT_MARKABLE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Only a message whose sending failed or is unknown can be marked as sent")
SETTING_UNKNOWN = QT_TRANSLATE_NOOP("ServiceMessages", "Unknown setting {key}: use {known}")
SETTING_SECRET = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{key} is a secret and never a setting: Salon Desk keeps it in the "
                       "system's password store (enter it in the settings window) or reads the "
                       "environment variable {variable}")
SETTING_NOT_NUMBER = QT_TRANSLATE_NOOP("ServiceMessages", "{key} takes a whole number, not {value}")
SETTING_NOT_YES_NO = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "{key} takes true or false, not {value}")
SETTING_CHOICE = QT_TRANSLATE_NOOP("ServiceMessages", "{key} takes one of {known}, not {value}")
TEMPLATE_CHANNEL = QT_TRANSLATE_NOOP("ServiceMessages", "Choose the channel: email, SMS or WhatsApp")
FIELD_FIRST_NAME = QT_TRANSLATE_NOOP("ServiceMessages", "First name")
FIELD_LAST_NAME = QT_TRANSLATE_NOOP("ServiceMessages", "Last name")
FIELD_SALON_NAME = QT_TRANSLATE_NOOP("ServiceMessages", "Salon's name")
FIELD_SALON_PHONE = QT_TRANSLATE_NOOP("ServiceMessages", "Salon's phone")
FIELD_APPOINTMENT_DATE = QT_TRANSLATE_NOOP("ServiceMessages", "Next appointment: date")
FIELD_APPOINTMENT_TIME = QT_TRANSLATE_NOOP("ServiceMessages", "Next appointment: time")
FIELD_APPOINTMENT_SERVICE = QT_TRANSLATE_NOOP("ServiceMessages", "Next appointment: service")
FIELD_APPOINTMENT_STAFF = QT_TRANSLATE_NOOP("ServiceMessages", "Next appointment: staff member")
FIELD_POINTS = QT_TRANSLATE_NOOP("ServiceMessages", "Points balance")
FIELD_DEBT = QT_TRANSLATE_NOOP("ServiceMessages", "Debt")
FIELD_VOUCHER_SESSIONS = QT_TRANSLATE_NOOP("ServiceMessages", "Voucher sessions left")
FIELD_BIRTHDAY = QT_TRANSLATE_NOOP("ServiceMessages", "Birthday")

# ------------------------------------------------------------------- sign-in, roles, audit
NOT_ALLOWED = QT_TRANSLATE_NOOP("ServiceMessages",
                                "You may not {action}: only {roles} may. Ask them, or sign in "
                                "as one of them")
ROLE_OWNER = QT_TRANSLATE_NOOP("ServiceMessages", "the owner")
ROLE_MANAGER = QT_TRANSLATE_NOOP("ServiceMessages", "a manager")
ROLE_RECEPTION = QT_TRANSLATE_NOOP("ServiceMessages", "reception")
ROLE_STYLIST = QT_TRANSLATE_NOOP("ServiceMessages", "a stylist")
ACTION_RESTORE_BACKUP = QT_TRANSLATE_NOOP("ServiceMessages", "restore a backup")
ACTION_BACKUP_SETTINGS = QT_TRANSLATE_NOOP("ServiceMessages", "change the backup settings")
ACTION_FORGET_CUSTOMER = QT_TRANSLATE_NOOP("ServiceMessages", "forget a customer")
ACTION_SUBJECT_EXPORT = QT_TRANSLATE_NOOP("ServiceMessages",
                                          "export everything held about a customer")
ACTION_DELETE_CUSTOMERS = QT_TRANSLATE_NOOP("ServiceMessages", "delete customers")
ACTION_EXPORT_ALL = QT_TRANSLATE_NOOP("ServiceMessages", "export customers")
ACTION_MERGE = QT_TRANSLATE_NOOP("ServiceMessages", "merge customers")
ACTION_CHANGE_SETTINGS = QT_TRANSLATE_NOOP("ServiceMessages", "change the settings")
ACTION_CUSTOM_BADGES = QT_TRANSLATE_NOOP("ServiceMessages", "change the custom badges")
ACTION_MANAGE_STAFF = QT_TRANSLATE_NOOP("ServiceMessages",
                                        "change staff members' roles, PINs and passwords")
ACTION_BOOK = QT_TRANSLATE_NOOP("ServiceMessages", "book appointments")
ACTION_CHARGE = QT_TRANSLATE_NOOP("ServiceMessages", "charge")
ACTION_EDIT_CUSTOMERS = QT_TRANSLATE_NOOP("ServiceMessages", "edit customers")
ACTION_SEE_SCHEDULE = QT_TRANSLATE_NOOP("ServiceMessages", "see the schedule")
ACTION_WRITE_NOTES = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "write consultation notes and formulas")
ACTION_SEE_AUDIT = QT_TRANSLATE_NOOP("ServiceMessages", "see the audit trail")
SIGNIN_WRONG = QT_TRANSLATE_NOOP("ServiceMessages",
                                 "That name and PIN or password do not match")
SIGNIN_LOCKED = QT_TRANSLATE_NOOP("ServiceMessages",
                                  "{name} is locked after too many failed sign-ins; try again "
                                  "after {until}")
SIGNIN_NEEDS_OWNER = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "Sign-in needs an owner with a password first: set one "
                                       "before turning it on")
SIGNIN_WEAK_PIN = QT_TRANSLATE_NOOP("ServiceMessages", "A PIN is 4 to 8 digits")
SIGNIN_WEAK_PASSWORD = QT_TRANSLATE_NOOP("ServiceMessages",
                                         "A password has at least 8 characters")
SIGNIN_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("ServiceMessages", "There is no role called {role}")
SIGNIN_LAST_OWNER = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "With sign-in on, at least one owner must keep a password")
AUDIT_CHAIN_BROKEN = QT_TRANSLATE_NOOP("ServiceMessages",
                                       "The audit trail was changed outside Salon Desk: row {id} "
                                       "does not match the rows before it")
DOCUMENT_FILE_MISSING_ON_SERVER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The file of “{title}” is missing from the salon server's database.")
MOVE_NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{address} is not a salon server's address: write it as "
    "postgresql://user@host/database")
MOVE_SERVER_HOLDS_SALON = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The database {server} already holds a salon (%n customer(s)): a salon is "
    "moved only into an empty database. Give the address of a new, empty database.")
MOVE_FAILED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The copy to {server} stopped at the table {table}: {reason}. The server "
    "database was left as it was, and the salon file was not changed.")
MOVE_TOO_LONG = QT_TRANSLATE_NOOP(
    "ServiceMessages", "Nothing was copied: the salon file holds %n text(s) longer than a salon "
    "server accepts; the first is {column} in row {row} of the table {table} ({length} "
    "characters where {limit} fit). Shorten them in Salon Desk on this computer, then move again.")
MOVE_REASON_VALUE = QT_TRANSLATE_NOOP("ServiceMessages",
                                      "the server does not accept one of its values")
MOVE_REASON_RULE = QT_TRANSLATE_NOOP("ServiceMessages",
                                     "a row breaks one of the database's rules")
MOVE_REASON_OTHER = QT_TRANSLATE_NOOP("ServiceMessages", "the server refused it")
MOVE_MISMATCH = QT_TRANSLATE_NOOP(
    "ServiceMessages", "After the copy, {what} on the server ({copied}) does not match the salon "
    "file ({in_file}): nothing was kept on the server, and the salon file was not changed.")
MOVE_SOURCE_NOT_FILE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "move-to copies a salon file to a server, and {address} is a server: "
    "give the salon's .sqlite file with --db (or leave --db out for this computer's salon)")
BACKUP_TOOL_MISSING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "PostgreSQL's {tool} was not found on this computer: install PostgreSQL's "
    "client programs (the server's version or newer), or set {variable} to the folder that "
    "holds them")
BACKUP_TOOL_FAILED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "{tool} did not complete with the salon server {server}: {reason}")
BACKUP_DUMP_INCOMPLETE = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The backup {path} does not hold the rows of the table {table}; it was "
    "not kept")
RESTORE_SERVER_COUNTS = QT_TRANSLATE_NOOP(
    "ServiceMessages", "After the restore the server's table {table} does not hold what the "
    "backup recorded (rows found: {found}; recorded: {recorded}). The database as it was is "
    "kept in {kept}")
RESTORE_OTHER_KIND = QT_TRANSLATE_NOOP(
    "ServiceMessages", "The backup {path} is of the other kind of salon database (a salon file, "
    "or a salon server's database) and can only be put back into that kind; nothing was "
    "restored")
