#include "DisputeTestWorkspace.h"
#include "TestSupport.h"
#include "disputes/RaiseDisputeDialog.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

QPushButton* okButton(const RaiseDisputeDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("raising a dispute: one item or the whole evaluation, a reason required, one open dispute at a time")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    const test::Disputable target = test::disputableEvaluation(*db);
    const Evaluation evaluation = *EvaluationRepository(*db).find(target.evaluationId);
    const ScorecardVersion version = *ScorecardRepository(*db).version(evaluation.scorecardVersionId);
    DisputeRepository disputes(*db);
    const int disputesBefore = int(disputes.forEvaluation(target.evaluationId).size());

    const Actor lead = test::leadOf(*db, evaluation.teamId);
    RaiseDisputeDialog dialog(*db, lead, target.evaluationId);
    dialog.show();
    auto* items = dialog.findChild<QComboBox*>(QStringLiteral("itemComboBox"));
    auto* reason = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit"));
    auto* reasonError = dialog.findChild<QLabel*>(QStringLiteral("reasonErrorLabel"));
    REQUIRE(items->count() == 1 + version.itemCount()); // the whole evaluation, then every item of its version
    CHECK(items->itemData(0).toString().isEmpty());
    const int failedIndex = items->findData(target.itemKey);
    REQUIRE(failedIndex > 0);
    CHECK(items->itemText(failedIndex).startsWith(version.findItem(target.itemKey)->question));
    items->setCurrentIndex(failedIndex);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("answerLabel"))->text().contains(QStringLiteral("Answered:")));

    // No reason: the dialog says so beside the field and stays open.
    CHECK_FALSE(reasonError->isVisible());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(reasonError->isVisible());
    CHECK(dialog.isVisible());
    CHECK(dialog.raisedDisputeId() == 0);
    CHECK(disputes.forEvaluation(target.evaluationId).size() == disputesBefore);

    reason->setPlainText(QString::fromUtf8("고객이 먼저 생년월일을 말해 본인 확인이 된 상태였음"));
    CHECK_FALSE(reasonError->isVisible());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.raisedDisputeId() != 0);
    const Dispute raised = *disputes.find(dialog.raisedDisputeId());
    CHECK(raised.evaluationId == target.evaluationId);
    CHECK(raised.itemKey == target.itemKey);
    CHECK(raised.raisedBy == lead.userId);
    CHECK(raised.status == DisputeStatus::Open);

    // A second dispute waits until the first is resolved: said at once, nothing to send.
    RaiseDisputeDialog again(*db, lead, target.evaluationId);
    CHECK_FALSE(okButton(again)->isEnabled());
    CHECK_FALSE(again.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());

    // The whole of another evaluation.
    const test::Disputable other = test::disputableEvaluation(*db, 0);
    REQUIRE(other.evaluationId != target.evaluationId); // the first one is in dispute now
    RaiseDisputeDialog whole(*db, test::actorOf(*db, QStringLiteral("manager")), other.evaluationId);
    whole.findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit"))->setPlainText(QStringLiteral("Line was down"));
    whole.accept();
    CHECK(whole.result() == QDialog::Accepted);
    CHECK(disputes.find(whole.raisedDisputeId())->itemKey.isEmpty());

    // An agent user disputes only their own evaluations: the dialog says so and sends nothing.
    RaiseDisputeDialog stranger(*db, Actor { 0, QStringLiteral("nobody"), QStringLiteral("nobody"), Role::Agent, {}, 0 },
                                other.evaluationId);
    CHECK_FALSE(okButton(stranger)->isEnabled());
    CHECK(stranger.findChild<QLabel*>(QStringLiteral("errorLabel"))->text()
          == QStringLiteral("Agents dispute only their own evaluations."));
}
