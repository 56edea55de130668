"""WhatsApp by click-to-chat: each recipient's chat opens in the browser with the text prepared
(a wa.me link) and is logged on their record; a group is stepped through with Open, Skip and
Stop."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Message
from salon_desk.services.customers.records import CustomerData, create_customer
from salon_desk.ui.messages import whatsapp
from salon_desk.ui.messages.whatsapp import Chat, WhatsAppStepper


def test_a_group_is_stepped_through_one_chat_at_a_time(qtbot, db, monkeypatch):
    opened = []
    monkeypatch.setattr(whatsapp, "open_url",
                        lambda url: opened.append(bytes(url.toEncoded()).decode()) or True)
    with db.transaction() as s:
        ids = [create_customer(s, CustomerData(first_name=n, mobile=m)).id
               for n, m in (("Ana", "+34600111222"), ("Bea", "+34600333444"),
                            ("Carla", "+34600555666"))]
    chats = [Chat(cid, name, mobile, f"Hola {name} & co: 20% off")
             for cid, name, mobile in zip(ids, ("Ana", "Bea", "Carla"),
                                          ("+34 600 111 222", "+34600333444", "+34600555666"))]
    stepper = WhatsAppStepper(db, chats, "marketing")
    qtbot.addWidget(stepper)
    stepper.show()
    assert stepper.progress_label.text() == "Customer 1 of 3"
    qtbot.mouseClick(stepper.open_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://wa.me/34600111222?text=Hola%20Ana%20%26%20co%3A%2020%25%20off"]
    assert unquote(opened[0].split("text=")[1]) == "Hola Ana & co: 20% off"
    assert stepper.progress_label.text() == "Customer 2 of 3"
    qtbot.mouseClick(stepper.skip_button, Qt.MouseButton.LeftButton)
    assert "Carla" in stepper.name_label.text()
    qtbot.mouseClick(stepper.stop_button, Qt.MouseButton.LeftButton)
    assert not stepper.isVisible()
    assert len(opened) == 1 and stepper.opened == [ids[0]] and stepper.skipped == [ids[1]]
    with db.session() as s:
        logged = [(m.customer_id, m.channel, m.category, m.status, m.body)
                  for m in s.scalars(select(Message))]
    assert logged == [(ids[0], "whatsapp", "marketing", "logged", "Hola Ana & co: 20% off")]
