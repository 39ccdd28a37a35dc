#include "core/Attributes.hpp"
#include "core/Payload.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;

namespace {

const AttributeDefinitions kStudy{{"profession", AttributeType::Choice, {"nurse", "social worker", "manager"}},
                                  {"years", AttributeType::Number, {}},
                                  {"interviewed", AttributeType::Date, {}},
                                  {"municipality", AttributeType::Text, {}}};

std::string refusal(std::string_view json)
{
    try {
        parseAttributesJson(json, kStudy);
    } catch (const InvalidInput& error) {
        return describe(error.problems());
    }
    return "";
}

} // namespace

TEST(Attributes, ValuesThatFitTheirDefinitionsAreTaken)
{
    const Attributes values = parseAttributesJson(
        R"({"profession": "nurse", "years": 12, "interviewed": "2024-02-29", "municipality": "Jönköping", "ward": "7B"})", kStudy);
    EXPECT_EQ(std::get<std::string>(values.at("profession")), "nurse");
    EXPECT_EQ(std::get<double>(values.at("years")), 12);
    EXPECT_EQ(std::get<std::string>(values.at("ward")), "7B") << "an attribute without a definition is kept as given";
    EXPECT_EQ(attributesToJson(values).dump(), R"({"interviewed":"2024-02-29","municipality":"Jönköping","profession":"nurse","ward":"7B","years":12})")
        << "numbers stay JSON numbers; a whole one without .0";
}

TEST(Attributes, EachFaultIsNamed)
{
    EXPECT_NE(refusal("{\"years\": ").find("attributes"), std::string::npos) << "malformed JSON";
    EXPECT_NE(refusal("[1, 2]").find("not an object"), std::string::npos);
    EXPECT_NE(refusal(R"({"ward": {"floor": 2}})").find("attributes.ward: is an object; a value is a text or a number"), std::string::npos);
    EXPECT_NE(refusal(R"({"ward": [1]})").find("attributes.ward: is an array"), std::string::npos);
    EXPECT_NE(refusal(R"({"ward": null})").find("attributes.ward"), std::string::npos);
    EXPECT_NE(refusal(R"({"years": "twelve"})").find("attributes.years: \"twelve\" is not a number; years is a number"), std::string::npos);
    EXPECT_NE(refusal(R"({"interviewed": "2023-02-29"})").find("is not a date written YYYY-MM-DD"), std::string::npos)
        << "2023 is no leap year";
    EXPECT_NE(refusal(R"({"interviewed": "5 March 2024"})").find("interviewed"), std::string::npos);
    EXPECT_NE(refusal(R"({"profession": "doctor"})").find("\"doctor\" is not one of profession's values (\"nurse\", \"social worker\", \"manager\")"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"municipality": 553})").find("is a number; municipality is text"), std::string::npos);
    const std::string both = refusal(R"({"years": "x", "profession": "doctor"})");
    EXPECT_NE(both.find("years"), std::string::npos);
    EXPECT_NE(both.find("profession"), std::string::npos) << "every fault, not the first";
}

TEST(Attributes, DefinitionsAreCheckedAndValuesMustStillFit)
{
    const AttributeDefinitions read = parseDefinitionsJson(nlohmann::json(definitionsToJson(kStudy)).dump());
    EXPECT_EQ(read, kStudy);
    EXPECT_THROW(parseDefinitionsJson(R"([{"name": "a", "type": "colour"}])"), InvalidInput);
    EXPECT_THROW(parseDefinitionsJson(R"([{"name": "a"}, {"name": "a"}])"), InvalidInput);
    EXPECT_THROW(parseDefinitionsJson(R"([{"name": "a", "type": "choice"}])"), InvalidInput);
    EXPECT_THROW(checkValuesFit(kStudy, {{"years", AttributeValue(std::string("many"))}}), InvalidInput);
    EXPECT_NO_THROW(checkValuesFit(kStudy, {{"years", AttributeValue(3.5)}}));
}

TEST(Attributes, TheyTravelInThePayloadAndAreNeverDropped)
{
    Payload payload;
    payload.codebook = defaultCodebook();
    payload.attributes = {kStudy, {{"profession", std::string("nurse")}, {"years", 12.0}}};
    const Records records = payloadRecords(payload);
    ASSERT_TRUE(records.count(kAttributesRecordKey));
    const PayloadReadResult read = readPayload(records);
    EXPECT_EQ(read.payload.attributes, payload.attributes);
    EXPECT_TRUE(read.problems.empty());

    Records withoutAny = payloadRecords({defaultCodebook(), {}, {}, {}, {}});
    EXPECT_FALSE(withoutAny.count(kAttributesRecordKey)) << "documents without attributes keep the records they had";

    // A value that no longer fits (another release, a hand edit) is kept and still shown.
    Records odd = records;
    odd[kAttributesRecordKey] = R"({"definitions":[{"name":"years","type":"number"}],"values":{"years":"many","x":{"y":1}}})";
    const PayloadReadResult lenient = readPayload(odd);
    EXPECT_EQ(std::get<std::string>(lenient.payload.attributes.values.at("years")), "many");
    EXPECT_EQ(describe(lenient.problems).find("values.x") != std::string::npos, true) << describe(lenient.problems);
}

TEST(Attributes, DatesAreRealDates)
{
    EXPECT_TRUE(isIsoDate("2024-02-29"));
    EXPECT_FALSE(isIsoDate("2023-02-29"));
    EXPECT_FALSE(isIsoDate("2024-13-01"));
    EXPECT_FALSE(isIsoDate("2024-1-01"));
    EXPECT_EQ(attributeText(AttributeValue(12.0)), "12");
    EXPECT_EQ(attributeText(AttributeValue(12.5)), "12.5");
}

TEST(AttributesTest, AValueTypedInTakesItsAttributesType)
{
    const AttributeDefinitions definitions = parseDefinitionsJson(
        R"([{"name": "years", "type": "number"}, {"name": "interviewed", "type": "date"},
            {"name": "profession", "type": "choice", "choices": ["nurse", "manager"]}])");
    EXPECT_EQ(attributeValueFromText(definitions, "years", " 12 "), AttributeValue(12.0));
    EXPECT_EQ(attributeValueFromText(definitions, "interviewed", "2024-03-01"), AttributeValue(std::string("2024-03-01")));
    EXPECT_EQ(attributeValueFromText(definitions, "profession", "nurse"), AttributeValue(std::string("nurse")));
    EXPECT_EQ(attributeValueFromText(definitions, "municipality", "Umeå"), AttributeValue(std::string("Umeå")));
    EXPECT_EQ(attributeValueFromText(definitions, "years", "  "), std::nullopt);
    try {
        attributeValueFromText(definitions, "years", "twelve");
        FAIL() << "a text was taken for a number";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems().at(0).where, "years");
        EXPECT_NE(error.problems().at(0).what.find("is not a number"), std::string::npos);
    }
    EXPECT_THROW(attributeValueFromText(definitions, "interviewed", "1 March"), InvalidInput);
    EXPECT_THROW(attributeValueFromText(definitions, "profession", "doctor"), InvalidInput);
    EXPECT_THROW(attributeValueFromText(definitions, " ", "x"), InvalidInput);
}

TEST(AttributesTest, ThePickListHoldsTheChoicesThenTheValuesInUseOnce)
{
    const AttributeDefinitions definitions = parseDefinitionsJson(
        R"([{"name": "profession", "type": "choice", "choices": ["nurse", "manager"]}])");
    const std::vector<Attributes> transcripts{{{"profession", std::string("nurse")}, {"municipality", std::string("Umeå")}},
                                              {{"municipality", std::string("Lund")}},
                                              {{"municipality", std::string("Umeå")}, {"years", 7.0}}};
    EXPECT_EQ(valuesInUse(definitions, transcripts, "profession"), (std::vector<std::string>{"nurse", "manager"}));
    EXPECT_EQ(valuesInUse(definitions, transcripts, "municipality"), (std::vector<std::string>{"Lund", "Umeå"}));
    EXPECT_EQ(valuesInUse(definitions, transcripts, "years"), (std::vector<std::string>{"7"}));
    EXPECT_TRUE(valuesInUse(definitions, transcripts, "nothing").empty());
}

TEST(AttributesTest, AnAttributesTypeIsSetAndAListTakesTheValuesInUse)
{
    const AttributeDefinitions none;
    const AttributeDefinitions list = withAttributeType(none, "profession", AttributeType::Choice, {"nurse", "manager"});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0], (AttributeDefinition{"profession", AttributeType::Choice, {"nurse", "manager"}}));
    const AttributeDefinitions text = withAttributeType(list, "profession", AttributeType::Text, {"nurse"});
    ASSERT_EQ(text.size(), 1u);
    EXPECT_EQ(text[0], (AttributeDefinition{"profession", AttributeType::Text, {}}));
    EXPECT_EQ(withAttributeType(text, "years", AttributeType::Number, {}).size(), 2u);
}
