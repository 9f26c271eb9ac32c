namespace Insignia.Core.Ports;

/// <summary>A stored key could not be read: it is corrupted, or the keys that protect it are missing.</summary>
public class KeyStoreException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="KeyStoreException"/> class.</summary>
    public KeyStoreException()
        : base("A stored signing key could not be read.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="KeyStoreException"/> class.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    public KeyStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="KeyStoreException"/> class.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    /// <param name="innerException">The underlying failure.</param>
    public KeyStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
