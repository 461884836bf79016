"""The candidate bold in its context: the HTML of a context line, and a delegate that draws
such HTML in a table or tree cell (item views show plain text only)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 40  # a cell's HTML; its DisplayRole stays plain text


def context_html(context: str, text: str) -> str:
    """`context` escaped, with the first occurrence of `text` in bold (the context is cut
    from the document around the candidate, so the candidate is in it)."""
    at = context.find(text) if text else -1
    if at < 0:
        return escape(context)
    return (
        escape(context[:at])
        + "<b>"
        + escape(context[at : at + len(text)])
        + "</b>"
        + escape(context[at + len(text) :])
    )


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's `HTML_ROLE` as rich text on one line, elided by the cell's width;
    cells without it are drawn as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(html, opt)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        top = max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.translate(0, top)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(html, opt)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 2)

    @staticmethod
    def _document(html: str, opt: QStyleOptionViewItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(1)
        doc.setDefaultFont(opt.font)
        doc.setHtml(f"<span style='white-space:pre'>{html}</span>")
        return doc
