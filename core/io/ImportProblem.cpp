#include "ImportProblem.h"

#include <QFileInfo>

namespace qadesk {

QString ImportProblem::toString() const
{
    QString where = QFileInfo(file).fileName();
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (!column.isEmpty())
        where += QStringLiteral(": ") + column;
    return where + QStringLiteral(": ") + message;
}

QJsonObject ImportProblem::toJson() const
{
    return { { QStringLiteral("file"), file },
             { QStringLiteral("line"), line },
             { QStringLiteral("column"), column },
             { QStringLiteral("message"), message } };
}

} // namespace qadesk
