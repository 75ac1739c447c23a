#include "SortedTable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace qadesk {

QSortFilterProxyModel* showSorted(QTableView* view, QAbstractItemModel* model, int sortRole)
{
    auto* sorted = new QSortFilterProxyModel(view);
    sorted->setSourceModel(model);
    sorted->setSortRole(sortRole);
    sorted->setSortLocaleAware(true);
    view->setModel(sorted);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return sorted;
}

void measureColumnsOnSample(QTableView* view)
{
    view->horizontalHeader()->setResizeContentsPrecision(s_measuredRows);
}

} // namespace qadesk
