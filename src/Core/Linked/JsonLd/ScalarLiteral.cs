using System.Diagnostics.CodeAnalysis;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>The lexical form and datatype of a JSON string, number or boolean in RDF (JSON-LD 1.1 API 8.2, steps 10 to 12).</summary>
internal static class ScalarLiteral
{
    /// <summary>Returns the lexical form and sets <paramref name="datatype"/> to xsd:boolean, xsd:integer, xsd:double or xsd:string when it is null.</summary>
    public static string Lexical(object value, [NotNull] ref string? datatype)
    {
        switch (value)
        {
            case bool flag:
                datatype ??= RdfVocabulary.XsdBoolean;
                return flag ? "true" : "false";
            case double number:
                var isDouble = number % 1 != 0 || Math.Abs(number) >= 1e21 || datatype == RdfVocabulary.XsdDouble;
                datatype ??= isDouble ? RdfVocabulary.XsdDouble : RdfVocabulary.XsdInteger;
                return isDouble ? NumberFormat.ToXsdDouble(number) : NumberFormat.ToXsdInteger(number);
            default:
                datatype ??= RdfVocabulary.XsdString;
                return (string)value;
        }
    }
}
