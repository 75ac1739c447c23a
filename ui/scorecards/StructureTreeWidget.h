#pragma once

#include <QTreeWidget>

namespace qadesk {

// The designer's tree of sections and items. Qt moves the rows on a drop; the page then reads the new order back and
// turns it into an undoable edit (or restores the tree when the drop made no sense, e.g. a section inside a section).
class StructureTreeWidget final : public QTreeWidget {
    Q_OBJECT

public:
    explicit StructureTreeWidget(QWidget* parent = nullptr);

signals:
    void dropped();

protected:
    void dropEvent(QDropEvent* event) override;
};

} // namespace qadesk
