using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle;

/// <summary>Checks the <see cref="MoodleAdapterOptions"/> attribute limits at start-up (source-generated).</summary>
[OptionsValidator]
internal sealed partial class MoodleAdapterOptionsValidator : IValidateOptions<MoodleAdapterOptions>;
