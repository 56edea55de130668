"""Small reusable widgets of the customer form and record (dates, phone, photo, signature)."""
