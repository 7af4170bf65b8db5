"""The whole way, by taps and keys: grid → cell → edit → save → submit → a reviewer
approves → publish → import the bundle into a kiosk → the kiosk serves the new text, marked
reviewed."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from tests.ui.studio.conftest import open_cell, type_into

KEY, TOPIC_ID, LANGUAGE = "topic:need-go-home", "need-go-home", "hy"
# "I want to go home" in another word order than the bundled title, so the words change
NEW_TITLE = "Ուզում եմ տուն վերադառնալ"


def test_translator_to_reviewer_to_publisher_to_kiosk(qtbot, studio_window, tmp_path,
                                                      settings):
    from kiosk.authoring.records import APPROVED, DRAFT, IN_REVIEW
    from kiosk.content.database import ensure_database
    from kiosk.content.service import ContentService
    from kiosk.updates.importer import import_bundle
    from kiosk.updates.keys import generate_key_pair
    from kiosk.updates.store import active_pack_dir

    # A translator opens the Armenian cell from the grid, retypes the title and saves (Ctrl+S).
    translator = studio_window("tamar")
    open_cell(qtbot, translator, KEY, LANGUAGE)
    editor = translator.editor
    assert editor.item.target.fields["title"] != NEW_TITLE
    type_into(qtbot, editor.target_column.boxes["title"], NEW_TITLE)
    qtbot.keyClick(editor.target_column.boxes["title"].edit, Qt.Key_S, Qt.ControlModifier)
    assert editor.item.target.state == DRAFT
    assert editor.item.target.author == "tamar"
    assert editor.item.target.fields["title"] == NEW_TITLE
    assert "✎" in translator.grid.model.index_of(KEY, LANGUAGE).data()
    assert not editor.approve_button.isEnabled()  # a translator does not review
    qtbot.mouseClick(editor.submit_button, Qt.LeftButton)
    assert editor.item.target.state == IN_REVIEW

    # The reviewer (another person) opens the same cell and approves it.
    reviewer = studio_window("ani")
    open_cell(qtbot, reviewer, KEY, LANGUAGE)
    assert reviewer.editor.target_column.boxes["title"].text() == NEW_TITLE
    assert not reviewer.editor.save_button.isEnabled()  # a reviewer of hy does not write it
    assert reviewer.editor.approve_button.isEnabled()
    qtbot.mouseClick(reviewer.editor.approve_button, Qt.LeftButton)
    assert reviewer.editor.item.target.state == APPROVED
    assert "✓" in reviewer.grid.model.index_of(KEY, LANGUAGE).data()

    # The publisher writes a signed bundle, with progress, off the GUI thread.
    pair = generate_key_pair(tmp_path / "keys")
    stick = tmp_path / "stick"
    stick.mkdir()
    publisher = studio_window("giorgi")
    publisher.publish_action.trigger()
    dialog = publisher.publish_dialog
    dialog.key_edit.setText(str(pair.private_path))
    dialog.out_edit.setText(str(stick))
    with qtbot.waitSignal(dialog.published, timeout=60000):
        qtbot.mouseClick(dialog.publish_button, Qt.LeftButton)
    bundles = list(stick.glob("*.kioskbundle"))
    assert [str(b) for b in bundles] == [dialog.result.bundle_path]
    assert dialog.progress.value() == dialog.progress.maximum()
    dialog.reject()

    # A kiosk that trusts the key imports it (the `kiosk content import` code path) ...
    kiosk = dataclasses.replace(settings, update_public_keys=(pair.public_base64,))
    kiosk.data_dir.mkdir(parents=True)
    import_bundle(bundles[0], kiosk)
    # ... and serves the new text, marked reviewed.
    ensure_database(active_pack_dir(kiosk), kiosk.content_database_url)
    served = ContentService(kiosk.content_database_url)
    try:
        card = served.topic_page(TOPIC_ID, LANGUAGE).card
        assert card.title == NEW_TITLE
        assert card.reviewed is True
        assert served.info.version == dialog.result.version
    finally:
        served.close()


def test_a_reviewer_cannot_approve_their_own_text(qtbot, studio_window):
    both = studio_window("lia")  # translator and reviewer of Armenian
    open_cell(qtbot, both, KEY, LANGUAGE)
    type_into(qtbot, both.editor.target_column.boxes["title"], NEW_TITLE)
    assert both.editor.save()
    assert both.editor.submit()
    assert both.editor.reject_button.isEnabled()
    assert not both.editor.approve_button.isEnabled()
    assert both.editor.approve_button.toolTip()  # says why
    assert not both.editor.approve()  # and the service refuses it too, if asked anyway
