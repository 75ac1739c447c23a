#include "Evaluation.h"

namespace qadesk {

const Answer* Evaluation::answerFor(const QString& itemKey) const
{
    for (const auto& answer : answers) {
        if (answer.itemKey == itemKey)
            return &answer;
    }
    return nullptr;
}

} // namespace qadesk
