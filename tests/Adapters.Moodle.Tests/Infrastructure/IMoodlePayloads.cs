namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>The data a fake Moodle serves: a reply per web service call, or null for an unknown function.</summary>
internal interface IMoodlePayloads
{
    MoodleReply? Reply(MoodleCall call);
}
