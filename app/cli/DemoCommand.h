#pragma once

#include "Command.h"
#include "storage/Statistics.h"

#include <QDate>

namespace kith::cli {

// kith demo [--today DATE]: fills an empty database with the demo network.
class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--today YYYY-MM-DD] [--if-missing]");
    }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;

private:
    static int writeNewFile(const Context &context, QDate today);
    static int report(const Context &context, Database &db);
    static int report(const Context &context, const QString &path, const RecordCounts &counts);
};

} // namespace kith::cli
