#include "ReportKinds.h"
#include "analytics/ConversationMetrics.h"

namespace qadesk::reports {
namespace {

QVariant seconds(const std::optional<double>& ms)
{
    return ms ? QVariant(*ms / 1000.0) : QVariant();
}

QVariantList cells(const QString& name, const ConversationAverages& a)
{
    return { name,
             a.calls,
             seconds(a.deadAirMs),
             value(a.overtalkShare),
             value(a.talkRatio),
             a.chats,
             seconds(a.firstResponseMs),
             seconds(a.longestWaitMs),
             value(a.withinLimitShare) };
}

} // namespace

ReportTable conversationTable(const Context& c, bool withTotal)
{
    const ScoreScope& scope = c.request.scope;
    ReportTable table;
    table.key = QStringLiteral("conversation");
    table.title = ReportBuilder::tr("Conversation measures by agent");
    table.columns = { textColumn(ReportBuilder::tr("Agent")),
                      integerColumn(ReportBuilder::tr("Calls measured")),
                      decimalColumn(ReportBuilder::tr("Dead air per call (s)")),
                      percentColumn(ReportBuilder::tr("Overtalk share")),
                      percentColumn(ReportBuilder::tr("Agent talk share")),
                      integerColumn(ReportBuilder::tr("Chats measured")),
                      decimalColumn(ReportBuilder::tr("First response (s)"), 0),
                      decimalColumn(ReportBuilder::tr("Longest wait (s)"), 0),
                      percentColumn(ReportBuilder::tr("Replies within limit")) };
    const auto averages = ConversationMetrics::averages(
        c.database(), c.actor(), scope.agentId, scope.teamId, c.request.from, c.request.to,
        withTotal ? ConversationMetrics::Rows::ByAgentAndTogether : ConversationMetrics::Rows::ByAgent);
    const qsizetype agents = withTotal && !averages.isEmpty() ? averages.size() - 1 : averages.size();
    for (qsizetype i = 0; i < agents; ++i)
        table.rows << cells(c.agentName(averages.at(i).agentId), averages.at(i));
    if (agents > 1)
        table.rows << cells(ReportBuilder::tr("All agents"), averages.last());
    table.note
        = ReportBuilder::tr(
              "Contacts started in the period, by the date of the contact. Each figure is the mean over the measured "
              "calls or chats of the agent; replies within limit is the mean of each chat's share of agent replies "
              "that "
              "came within the centre's reply limit (%1 s).")
              .arg(ConversationMetrics::replyLimitMs(c.database()) / 1000);
    return table;
}

} // namespace qadesk::reports
