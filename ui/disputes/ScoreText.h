#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace qadesk {

// A 0..1 score as the dispute screens show it: points out of 100 with one decimal, "—" when there is none.
inline QString scoreText(const std::optional<double>& score)
{
    return score ? QLocale().toString(*score * 100.0, 'f', 1) : QStringLiteral("—");
}

} // namespace qadesk
