#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace qadesk {

// Shows `model` in `view` through a sorting proxy (owned by the view) that sorts by `sortRole`, texts in the
// locale's order. The rows keep the model's own order until a header is clicked.
QSortFilterProxyModel* showSorted(QTableView* view, QAbstractItemModel* model, int sortRole);

} // namespace qadesk
