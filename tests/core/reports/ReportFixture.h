#pragma once

#include "TestSupport.h"

namespace qadesk::test {

// A hand-built October 2026 in the centre zone (Seoul), every figure of the reports' tests computed by hand from it:
//   Alpha  김민지  Sep 10 .70 · Oct 3 .90 (all items pass, 600 s) · Oct 20 .80 (greeting fails "인사 누락",
//                   accuracy N/A, overall "좋은 응대", 900 s)
//          이서준  Oct 5 .40 critical (identity and accuracy fail), superseded by its revision .60 (accuracy fails
//                   "오안내") after a dispute raised Oct 6 and overturned Oct 7
//   Beta   박하늘  Oct 8 .95 by evaluator "QA 둘" · Oct 9 .10 calibration · Oct 15 draft · Nov 1 .10
// Contact outcomes (CSAT, NPS, FCR, handle s): Oct 3 (5, 10, yes, 300), Oct 20 (4, 8, yes, 400),
// Oct 5 (2, 3, no, 600), Oct 8 (5, 9, yes, 200). An October plan assigns the Oct 3 (done), Oct 5 (not started, due
// Oct 31) and Oct 15 (draft, due Oct 15) contacts; the Oct 20 contact is assigned by hand and done. 김민지 was
// coached on Oct 21 (focus greeting, one of two actions done, acknowledged, follow-up Nov 4).
struct ReportFixture : EvaluatedWorkspace {
    ReportFixture();
    qint64 kim = 0;
    qint64 lee = 0;
    qint64 park = 0;
    qint64 secondEvaluator = 0;
    QDate from { 2026, 10, 1 };
    QDate to { 2026, 10, 31 };
    QDate asOf { 2026, 11, 2 };
};

} // namespace qadesk::test
