#include "DetailHtml.h"

#include <QApplication>
#include <QPalette>

namespace kith::ui {

namespace {

QString mutedColor()
{
    return QApplication::palette().color(QPalette::PlaceholderText).name();
}

} // namespace

DetailHtml::DetailHtml(const QString &title, const QString &subtitle)
{
    m_html = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(escape(title));
    if (!subtitle.isEmpty())
        m_html +=
            QStringLiteral("<div style='color:%1'>%2</div>").arg(mutedColor(), escape(subtitle));
}

DetailHtml &DetailHtml::row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return *this;
    return rowHtml(label, escape(value));
}

DetailHtml &DetailHtml::rowHtml(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return *this;
    if (!m_inRows) {
        m_html += QStringLiteral("<table cellspacing='0' cellpadding='2' style='margin-top:8px'>");
        m_inRows = true;
    }
    m_html += QStringLiteral("<tr><td style='color:%1; padding-right:12px' valign='top'>%2</td>"
                             "<td>%3</td></tr>")
                  .arg(mutedColor(), escape(label), html);
    return *this;
}

void DetailHtml::closeRows()
{
    if (m_inRows) {
        m_html += QStringLiteral("</table>");
        m_inRows = false;
    }
}

DetailHtml &DetailHtml::section(const QString &title)
{
    closeRows();
    m_html +=
        QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px'>%1</h3>").arg(escape(title));
    return *this;
}

DetailHtml &DetailHtml::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return *this;
    closeRows();
    m_html += QStringLiteral("<p>%1</p>")
                  .arg(escape(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return *this;
}

DetailHtml &DetailHtml::item(const QString &html)
{
    closeRows();
    m_html += QStringLiteral("<div style='margin:2px 0'>%1</div>").arg(html);
    return *this;
}

DetailHtml &DetailHtml::note(const QString &text)
{
    closeRows();
    m_html += QStringLiteral("<div style='color:%1'>%2</div>").arg(mutedColor(), escape(text));
    return *this;
}

DetailHtml &DetailHtml::actions(const QStringList &linksHtml)
{
    closeRows();
    m_html += QStringLiteral("<p style='margin-top:10px'>%1</p>")
                  .arg(linksHtml.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    return *this;
}

QString DetailHtml::html() const
{
    return m_inRows ? m_html + QStringLiteral("</table>") : m_html;
}

QString DetailHtml::link(EntityKind kind, Id id, const QString &text)
{
    return QStringLiteral("<a href='kith:%1/%2'>%3</a>")
        .arg(enumKey(kind))
        .arg(id)
        .arg(escape(text));
}

QString DetailHtml::action(const QString &name, Id id, const QString &text)
{
    return QStringLiteral("<a href='kith:action/%1/%2'>%3</a>").arg(name).arg(id).arg(escape(text));
}

QString DetailHtml::webLink(const QString &url, const QString &text)
{
    return QStringLiteral("<a href='%1'>%2</a>")
        .arg(escape(url), escape(text.isEmpty() ? url : text));
}

QString DetailHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace kith::ui
