"""`salon-desk print ...`: tickets, record summaries, appointment sheets and budgets as PDF."""

from __future__ import annotations

from pathlib import Path

from salon_desk.cli.common import open_db, record_id


LAYOUTS = ("80mm", "58mm", "a4", "letter")


def register(sub) -> None:
    p = sub.add_parser("print", help="write a ticket, record summary, appointments sheet or "
                                     "budget as a PDF file")
    kinds = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    k = kinds.add_parser("ticket", help="the ticket (receipt) of a sale")
    k.add_argument("object_id", type=record_id, metavar="SALE_ID")
    k.add_argument("--layout", choices=LAYOUTS,
                   help="paper: 80 mm or 58 mm receipt roll, A4 or Letter page "
                        "(default: the one chosen in the settings)")
    _output(k)

    for name, metavar, help_text in (
            ("summary", "CUSTOMER_ID", "the summary of a customer's record"),
            ("appointments", "CUSTOMER_ID", "a customer's upcoming appointments"),
            ("budget", "BUDGET_ID", "a budget (quote)")):
        k = kinds.add_parser(name, help=help_text)
        k.add_argument("object_id", type=record_id, metavar=metavar)
        if name == "summary":
            k.add_argument("--sales", type=int, metavar="N",
                           help="list only the latest N sales (default: all)")
        _output(k)


def _output(parser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help="where to write the PDF")
    parser.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    from salon_desk.services import printing

    options = {}
    if args.document == "ticket" and args.layout:
        options["layout"] = args.layout
    if args.document == "summary" and args.sales:
        options["sales_limit"] = args.sales
    from salon_desk.services.files import check_target

    check_target(args.output)  # a missing folder is said before any work
    db = open_db(args)
    with db.session() as session:
        data = printing.render(session, args.document, args.object_id, **options)
    from salon_desk.services.printing.common import write_pdf

    path = write_pdf(args.output, data)
    print(f"{args.document.capitalize()} written to {path} ({len(data) / 1024:.0f} KB)")
    return 0
