#include "reports/ReportPictures.hxx"

#include "common/UnoStrings.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier2.hpp>
#include <com/sun/star/embed/EmbedStates.hpp>
#include <com/sun/star/embed/EmbedVerbs.hpp>
#include <com/sun/star/embed/XEmbeddedObject.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/TextHorizontalAdjust.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/HoriOrientation.hpp>
#include <com/sun/star/text/RelOrientation.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/VertOrientation.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

using namespace ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

namespace {

constexpr Dimension kDimensions[] = {Dimension::Resources, Dimension::Discourses, Dimension::Contexts};
const char* const kTitles[] = {"Resources", "Discourses", "Contexts"};

Balance lcl_balance(const CodingReport& report, Dimension dimension)
{
    const auto found = report.byDimension.find(dimension);
    return found == report.byDimension.end() ? Balance{} : found->second;
}

/// A fresh paragraph at `at` for a picture to sit in, so that it never splits the text it was put into.
Reference<text::XTextRange> lcl_ownParagraph(const Reference<text::XTextRange>& at)
{
    const Reference<text::XText> text = at->getText();
    const Reference<text::XTextCursor> cursor = text->createTextCursorByRange(at->getStart());
    const Reference<text::XTextRange> range(cursor, UNO_QUERY_THROW);
    text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertControlCharacter(range, text::ControlCharacter::PARAGRAPH_BREAK, false);
    cursor->goLeft(1, false); // into the empty paragraph between the two breaks
    return range->getStart();
}

void lcl_name(const Reference<uno::XInterface>& object, const std::string& name)
{
    if (const Reference<container::XNamed> named{object, UNO_QUERY}; named.is())
        named->setName(toOUString(name));
}

/// A shape anchored to the paragraph of `at`, placed relative to it (1/100 mm).
Reference<drawing::XShape> lcl_shape(const Reference<lang::XMultiServiceFactory>& factory, const Reference<text::XTextRange>& at,
                                     const char* service, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height)
{
    const Reference<drawing::XShape> shape(factory->createInstance(OUString::createFromAscii(service)), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> properties(shape, UNO_QUERY_THROW);
    properties->setPropertyValue("AnchorType", Any(text::TextContentAnchorType_AT_PARAGRAPH));
    shape->setSize(awt::Size(width, height));
    at->getText()->insertTextContent(at, Reference<text::XTextContent>(shape, UNO_QUERY_THROW), false);
    properties->setPropertyValue("HoriOrient", Any(text::HoriOrientation::NONE));
    properties->setPropertyValue("HoriOrientRelation", Any(text::RelOrientation::PRINT_AREA));
    properties->setPropertyValue("HoriOrientPosition", Any(x));
    properties->setPropertyValue("VertOrient", Any(text::VertOrientation::NONE));
    properties->setPropertyValue("VertOrientRelation", Any(text::RelOrientation::FRAME));
    properties->setPropertyValue("VertOrientPosition", Any(y));
    return shape;
}

void lcl_label(const Reference<drawing::XShape>& shape, const std::string& text, bool bold)
{
    Reference<text::XText>(shape, UNO_QUERY_THROW)->setString(toOUString(text));
    const Reference<beans::XPropertySet> properties(shape, UNO_QUERY_THROW);
    properties->setPropertyValue("TextHorizontalAdjust", Any(drawing::TextHorizontalAdjust_CENTER));
    properties->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(style::ParagraphAdjust_CENTER)));
    properties->setPropertyValue("CharHeight", Any(static_cast<float>(bold ? 12 : 10)));
    if (bold)
        properties->setPropertyValue("CharWeight", Any(static_cast<float>(150)));
}

std::string lcl_corner(const CodingReport& report, Dimension dimension)
{
    const Balance balance = lcl_balance(report, dimension);
    return std::to_string(balance.total()) + (balance.total() == 1 ? " coding" : " codings") + "\n"
           + std::to_string(balance.enablers) + " enablers : " + std::to_string(balance.barriers) + " barriers";
}

/// Makes Writer draw a new chart's preview: the chart edited in place for a moment, on the main thread.
class PreviewMaker : public ::cppu::WeakImplHelper1<awt::XCallback> {
public:
    PreviewMaker(const Reference<frame::XModel>& document, const Reference<text::XTextContent>& object)
        : mxDocument(document), mxObject(object)
    {
    }

    void SAL_CALL notify(const Any&) override
    {
        try {
            const Reference<document::XEmbeddedObjectSupplier2> supplier(mxObject.get(), UNO_QUERY);
            if (!supplier.is())
                return; // the chart is gone already
            // Making a preview changes nothing the user did: the document stays as modified as it was.
            const Reference<util::XModifiable> document(mxDocument.get(), UNO_QUERY);
            const bool modified = !document.is() || document->isModified();
            const Reference<embed::XEmbeddedObject> embedded = supplier->getExtendedControlOverEmbeddedObject();
            embedded->doVerb(embed::EmbedVerbs::MS_OLEVERB_PRIMARY);
            embedded->changeState(embed::EmbedStates::RUNNING);
            if (!modified)
                document->setModified(false);
        } catch (const uno::Exception&) {
            // Without a window (headless) there is no preview to make; the chart draws itself when shown.
        } catch (...) {
            // A callback of LibreOffice's: nothing may escape into it.
        }
    }

private:
    uno::WeakReference<frame::XModel> mxDocument;
    uno::WeakReference<text::XTextContent> mxObject;
};

} // namespace

OUString insertBarChart(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
                        const Reference<text::XTextRange>& at, const BarChart& bars)
{
    const Reference<lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    const Reference<text::XTextContent> object(factory->createInstance("com.sun.star.text.TextEmbeddedObject"), UNO_QUERY_THROW);
    const Reference<beans::XPropertySet> properties(object, UNO_QUERY_THROW);
    properties->setPropertyValue("CLSID", Any(OUString("12dcae26-281f-416f-a234-c3086127382e"))); // a chart
    properties->setPropertyValue("AnchorType", Any(text::TextContentAnchorType_AS_CHARACTER));
    const Reference<text::XTextRange> place = lcl_ownParagraph(at);
    place->getText()->insertTextContent(place, object, false);
    lcl_name(object, bars.name);

    // Sized once in the text: the object is created when it is inserted.
    Reference<drawing::XShape>(object, UNO_QUERY_THROW)->setSize(awt::Size(16000, 9000));
    const Reference<chart::XChartDocument> chart(properties->getPropertyValue("Model"), UNO_QUERY_THROW);
    // A chart outside Calc keeps its numbers itself; a new one has nowhere to keep them yet.
    const Reference<chart2::XChartDocument> model(chart, UNO_QUERY_THROW);
    model->createInternalDataProvider(false);
    model->createDefaultChart(); // the diagram, axes and series the data goes into, as Insert ▸ Chart makes them
    const Reference<lang::XMultiServiceFactory> chartFactory(chart, UNO_QUERY_THROW);
    chart->setDiagram(Reference<chart::XDiagram>(chartFactory->createInstance("com.sun.star.chart.BarDiagram"), UNO_QUERY_THROW));
    Reference<beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)->setPropertyValue("Stacked", Any(bars.stacked));
    const Reference<chart::XChartDataArray> data(chart->getData(), UNO_QUERY_THROW);
    Sequence<Sequence<double>> values(static_cast<sal_Int32>(bars.rows.size()));
    Sequence<OUString> rows(static_cast<sal_Int32>(bars.rows.size()));
    for (std::size_t i = 0; i < bars.rows.size(); ++i) {
        values.getArray()[i] = Sequence<double>(bars.values[i].data(), static_cast<sal_Int32>(bars.values[i].size()));
        rows.getArray()[i] = toOUString(bars.rows[i]);
    }
    data->setData(values);
    data->setRowDescriptions(rows);
    Sequence<OUString> columns(static_cast<sal_Int32>(bars.series.size()));
    for (std::size_t i = 0; i < bars.series.size(); ++i)
        columns.getArray()[i] = toOUString(bars.series[i]);
    data->setColumnDescriptions(columns);
    for (std::size_t series = 0; series < bars.colours.size() && series < bars.series.size(); ++series)
        chart->getDiagram()->getDataRowProperties(static_cast<sal_Int32>(series))->setPropertyValue("Color", Any(bars.colours[series]));
    const Reference<beans::XPropertySet> chartProperties(chart, UNO_QUERY_THROW);
    chartProperties->setPropertyValue("HasMainTitle", Any(true));
    Reference<beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)->setPropertyValue("String", Any(toOUString(bars.title)));
    chartProperties->setPropertyValue("HasLegend", Any(true));
    // Writer shows a chart through a preview that a chart built through the API does not have: a moment
    // of being edited in place makes it, as Insert ▸ Chart does. That must happen on the main thread (from
    // an API call's thread it deadlocks against Writer's layout), so it is queued there.
    awt::AsyncCallback::create(context)->addCallback(new PreviewMaker(document, object), Any());
    return Reference<container::XNamed>(object, UNO_QUERY_THROW)->getName();
}

OUString insertFrequencyChart(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
                              const Reference<text::XTextRange>& at, const CodingReport& report)
{
    BarChart bars;
    bars.name = "Power Triangle: codings by dimension";
    bars.title = "Codings by dimension";
    bars.series = {"Enablers", "Barriers", "Either"};
    // Enablers green, barriers red, either grey: the balance reads at a glance.
    bars.colours = {0x2E8B57, 0xC0392B, 0x9E9E9E};
    for (std::size_t i = 0; i < 3; ++i) {
        const Balance balance = lcl_balance(report, kDimensions[i]);
        bars.rows.push_back(kTitles[i]);
        bars.values.push_back({static_cast<double>(balance.enablers), static_cast<double>(balance.barriers),
                               static_cast<double>(balance.either)});
    }
    return insertBarChart(context, document, at, bars);
}

OUString insertTriangleFigure(const Reference<frame::XModel>& document, const Reference<text::XTextRange>& at,
                              const CodingReport& report)
{
    const Reference<lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    // The figure's paragraph is made tall enough for it by empty lines below the anchor.
    const Reference<text::XTextRange> place = lcl_ownParagraph(at);
    const Reference<text::XText> text = place->getText();
    for (int line = 0; line < 14; ++line)
        text->insertControlCharacter(place->getEnd(), text::ControlCharacter::LINE_BREAK, false);

    const Reference<drawing::XShape> triangle = lcl_shape(factory, place, "com.sun.star.drawing.CustomShape", 3000, 1500, 10000, 7000);
    const beans::PropertyValue type("Type", 0, Any(OUString("isosceles-triangle")), beans::PropertyState_DIRECT_VALUE);
    Reference<beans::XPropertySet>(triangle, UNO_QUERY_THROW)->setPropertyValue("CustomShapeGeometry", Any(Sequence<beans::PropertyValue>(&type, 1)));
    Reference<beans::XPropertySet>(triangle, UNO_QUERY_THROW)->setPropertyValue("FillColor", Any(static_cast<sal_Int32>(0xE8F0F8)));
    lcl_name(triangle, "Power Triangle: triangle");

    const struct {
        Dimension dimension;
        sal_Int32 x, y;
    } corners[] = {{Dimension::Resources, 4500, 0}, {Dimension::Discourses, 0, 8700}, {Dimension::Contexts, 9000, 8700}};
    for (const auto& corner : corners) {
        const Reference<drawing::XShape> label = lcl_shape(factory, place, "com.sun.star.drawing.TextShape", corner.x, corner.y, 7000, 1500);
        const std::string title = kTitles[static_cast<int>(corner.dimension)];
        lcl_label(label, title + "\n" + lcl_corner(report, corner.dimension), false);
        lcl_name(label, "Power Triangle: " + title);
    }
    const Reference<drawing::XShape> caption = lcl_shape(factory, place, "com.sun.star.drawing.TextShape", 3000, 4300, 10000, 1200);
    Balance total;
    for (const Dimension dimension : kDimensions) {
        const Balance balance = lcl_balance(report, dimension);
        total.enablers += balance.enablers;
        total.barriers += balance.barriers;
        total.either += balance.either;
    }
    lcl_label(caption, "Enablers : barriers\n" + std::to_string(total.enablers) + " : " + std::to_string(total.barriers), true);
    lcl_name(caption, "Power Triangle: balance");
    return "Power Triangle: triangle";
}

} // namespace pt::extension
