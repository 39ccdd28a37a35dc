#include "reports/MatrixReports.hxx"

#include "reports/ReportDocument.hxx"
#include "reports/ReportPictures.hxx"

#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

Reference<lang::XComponent> openMatrixReport(const Reference<uno::XComponentContext>& context, const AttributeMatrix& matrix,
                                             MatrixCount count)
{
    BarChart bars;
    bars.name = "Power Triangle: codings by " + matrix.attribute;
    bars.title = "Codings by dimension and " + matrix.attribute;
    bars.series = {"Resources", "Discourses", "Contexts"};
    bars.stacked = false;
    for (std::size_t i = 0; i < matrix.columns.size(); ++i) {
        bars.rows.push_back(matrix.columns[i]);
        std::vector<double> values;
        for (const Dimension dimension : {Dimension::Resources, Dimension::Discourses, Dimension::Contexts}) {
            const auto found = matrix.byColumn[i].byDimension.find(dimension);
            values.push_back(found == matrix.byColumn[i].byDimension.end() ? 0.0 : static_cast<double>(found->second.total()));
        }
        bars.values.push_back(values);
    }
    ReportDocument out(context, false);
    out.content(attributeMatrixContent(matrix, count), std::string(), [&] { insertBarChart(context, out.model(), out.end(), bars); });
    const Reference<lang::XComponent> done = out.done();
    // As the coding report: the chart's preview marks the document modified anyway.
    Reference<util::XModifiable>(done, UNO_QUERY_THROW)->setModified(true);
    return done;
}

} // namespace pt::extension
