using System.Threading.Channels;
using Insignia.Host.Issuer;

namespace Insignia.Host.Lti.Advantage;

/// <summary>Takes issued credentials from the issuer without waiting; <see cref="BadgeScoreWorker"/> publishes them.</summary>
internal sealed class BadgeScoreQueue : ICredentialIssuedSink
{
    private readonly Channel<IssuedCredentialNotice> _channel = Channel.CreateUnbounded<IssuedCredentialNotice>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<IssuedCredentialNotice> Reader => _channel.Reader;

    public void Issued(IssuedCredentialNotice notice) => _channel.Writer.TryWrite(notice);
}
