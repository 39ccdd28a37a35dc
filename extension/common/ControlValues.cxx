#include "common/ControlValues.hxx"

#include <com/sun/star/awt/XListBox.hpp>

#include <com/sun/star/awt/XItemList.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

void setListItems(const Reference<awt::XControl>& list, const std::vector<OUString>& items)
{
    uno::Sequence<OUString> strings(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        strings[static_cast<sal_Int32>(i)] = items[i];
    Reference<beans::XPropertySet>(list->getModel(), UNO_QUERY_THROW)->setPropertyValue("StringItemList", Any(strings));
}

void insertListItem(const Reference<awt::XControl>& list, sal_Int32 position, const OUString& item)
{
    Reference<awt::XItemList>(list->getModel(), UNO_QUERY_THROW)->insertItemText(position, item);
}

void removeListItem(const Reference<awt::XControl>& list, sal_Int32 position)
{
    Reference<awt::XItemList>(list->getModel(), UNO_QUERY_THROW)->removeItem(position);
}

sal_Int16 selectedListItem(const Reference<awt::XControl>& list)
{
    return Reference<awt::XListBox>(list, UNO_QUERY_THROW)->getSelectedItemPos();
}

void selectListItem(const Reference<awt::XControl>& list, sal_Int16 position)
{
    Reference<awt::XListBox>(list, UNO_QUERY_THROW)->selectItemPos(position, true);
}

void setLabelText(const Reference<awt::XControl>& label, const OUString& text)
{
    Reference<beans::XPropertySet>(label->getModel(), UNO_QUERY_THROW)->setPropertyValue("Label", Any(text));
}

} // namespace pt::extension
