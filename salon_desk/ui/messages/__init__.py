"""Messages in the interface: the composer (channel, category, template, preview per recipient,
who is left out and why, now or later), the WhatsApp stepper, the outbox and its background
sender, the settings pages (email, SMS, automatic messages, templates) and the actions that open
them from the record and the customer list (ui.messages.feature)."""
