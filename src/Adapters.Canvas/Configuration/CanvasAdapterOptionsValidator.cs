using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Configuration;

/// <summary>Checks the <c>[Range]</c>/<c>[Required]</c> limits of <see cref="CanvasAdapterOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class CanvasAdapterOptionsValidator : IValidateOptions<CanvasAdapterOptions>;
