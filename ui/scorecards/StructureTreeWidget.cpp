#include "StructureTreeWidget.h"

#include <QDropEvent>

namespace qadesk {

StructureTreeWidget::StructureTreeWidget(QWidget* parent)
    : QTreeWidget(parent)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void StructureTreeWidget::dropEvent(QDropEvent* event)
{
    QTreeWidget::dropEvent(event);
    emit dropped();
}

} // namespace qadesk
