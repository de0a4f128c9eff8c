#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QString>
#include <QStringList>

namespace kith::ui {

// Builds the HTML of a detail pane: a title, label–value rows and titled sections with
// links to other records (kith:<kind>/<id>) and actions (kith:action/<name>/<id>). All text
// passed in is escaped here.
class DetailHtml
{
public:
    explicit DetailHtml(const QString &title, const QString &subtitle = {});

    DetailHtml &row(const QString &label, const QString &value);    // skipped when empty
    DetailHtml &rowHtml(const QString &label, const QString &html); // value already HTML
    DetailHtml &section(const QString &title);
    DetailHtml &paragraph(const QString &text); // keeps line breaks
    DetailHtml &item(const QString &html);      // a line in the current section
    DetailHtml &note(const QString &text);      // muted, e.g. "Nothing yet."
    DetailHtml &actions(const QStringList &linksHtml);

    QString html() const;

    static QString link(EntityKind kind, Id id, const QString &text);
    static QString action(const QString &name, Id id, const QString &text);
    static QString webLink(const QString &url, const QString &text = {});
    static QString escape(const QString &text);

private:
    void closeRows();

    QString m_html;
    bool m_inRows = false;
};

} // namespace kith::ui
