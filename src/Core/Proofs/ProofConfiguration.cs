using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Builds the proof configuration that is canonicalized and hashed beside the document.</summary>
internal static class ProofConfiguration
{
    public static JsonObject ForNewProof(DataIntegrityProofOptions options, JsonNode? documentContext)
    {
        var config = new JsonObject();
        if (options.Id is not null)
        {
            config["id"] = options.Id;
        }

        config["type"] = DataIntegrityConstants.DataIntegrityProofType;
        config["cryptosuite"] = DataIntegrityConstants.EddsaRdfc2022;
        config["created"] = options.Created.ToUniversalTime().ToString(DataIntegrityConstants.CreatedFormat, CultureInfo.InvariantCulture);
        config["verificationMethod"] = options.VerificationMethod;
        config["proofPurpose"] = options.ProofPurpose;
        if (options.PreviousProof.Count > 0)
        {
            config[DataIntegrityConstants.PreviousProof] = options.PreviousProof.Count == 1
                ? options.PreviousProof[0]
                : new JsonArray([.. options.PreviousProof.Select(id => (JsonNode?)id)]);
        }

        SetContext(config, documentContext);
        return config;
    }

    /// <summary>The configuration of an existing proof: the proof without its value, under the given context.</summary>
    public static JsonObject FromProof(JsonObject proof, JsonNode? context)
    {
        var config = (JsonObject)proof.DeepClone();
        config.Remove(DataIntegrityConstants.ProofValue);
        config.Remove(DataIntegrityConstants.ContextProperty);
        SetContext(config, context);
        return config;
    }

    private static void SetContext(JsonObject config, JsonNode? context)
    {
        if (context is not null)
        {
            config[DataIntegrityConstants.ContextProperty] = context.DeepClone();
        }
    }
}
