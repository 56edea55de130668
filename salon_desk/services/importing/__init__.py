"""Importing customers from spreadsheets and other salon systems' exports.

    analysis = analyse(path, session)          # read, find headers, recognise columns
    apply_mapping(analysis, {3: "notes_extra"}) # the user's choices for unrecognised columns
    preview = jobs.run(preview_import(db, analysis, options))   # long jobs: services.jobs
    result = jobs.run(import_customers(db, analysis, options))
"""

from salon_desk.services.importing.history import (
    BatchInfo,
    UndoRefused,
    check_undo,
    list_batches,
    undo_import,
    undo_import_job,
)
from salon_desk.services.importing.mapping import (
    SAVED_MAPPINGS,
    TARGET_LABELS,
    FileAnalysis,
    analyse,
    analyse_job,
    apply_mapping,
    save_mapping,
    target_label,
)
from salon_desk.services.importing.matching import ImportOptions
from salon_desk.services.importing.preview import Preview, preview_import
from salon_desk.services.importing.readers import SUFFIXES, UnreadableFile
from salon_desk.services.importing.run import DatesNeedOrder, ImportResult, import_customers


__all__ = [
    "SAVED_MAPPINGS", "SUFFIXES", "TARGET_LABELS", "BatchInfo", "DatesNeedOrder",
    "FileAnalysis", "ImportOptions", "ImportResult", "Preview", "UndoRefused",
    "UnreadableFile", "analyse", "analyse_job", "apply_mapping", "check_undo",
    "import_customers", "list_batches", "preview_import", "save_mapping", "target_label",
    "undo_import", "undo_import_job",
]
