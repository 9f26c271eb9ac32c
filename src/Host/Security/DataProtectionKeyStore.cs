using System.Security.Cryptography;
using Insignia.Core.Ports;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Security;

/// <summary>
/// Signing keys in the database; private halves encrypted with Data Protection. A filtered unique index allows
/// one active key per (owner, algorithm), so concurrent first use on several instances cannot create two.
/// </summary>
internal sealed class DataProtectionKeyStore(InsigniaDbContext db, IDataProtectionProvider protection, TimeProvider time) : IKeyStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Insignia.SigningKeys.v1");

    public async ValueTask<SigningKeyPair> GetActiveKeyAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken)
    {
        var active = await FindActiveAsync(owner, algorithm, cancellationToken);
        if (active is null)
        {
            try
            {
                active = await CreateAsync(owner, algorithm, cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                active = await FindActiveAsync(owner, algorithm, cancellationToken)
                    ?? throw new KeyStoreException($"No active {algorithm} key for '{owner}' could be created or found.");
            }
        }

        return new SigningKeyPair(ToPublic(active), Unprotect(active));
    }

    public async ValueTask<IReadOnlyList<PublicSigningKey>> ListPublicKeysAsync(string owner, CancellationToken cancellationToken)
    {
        var rows = await db.SigningKeys.AsNoTracking().Where(k => k.Owner == owner).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(k => k.CreatedAt).Select(ToPublic)];
    }

    public async ValueTask<PublicSigningKey> RotateAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var active = await db.SigningKeys.Where(k => k.Owner == owner && k.Algorithm == algorithm && k.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var key in active)
        {
            key.RetiredAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        var created = await CreateAsync(owner, algorithm, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToPublic(created);
    }

    private Task<SigningKeyEntity?> FindActiveAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken) =>
        db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Owner == owner && k.Algorithm == algorithm && k.RetiredAt == null, cancellationToken);

    private async Task<SigningKeyEntity> CreateAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken)
    {
        var (publicKey, privateKey) = KeyMaterialFactory.Generate(algorithm);
        var entity = new SigningKeyEntity
        {
            KeyId = $"{(algorithm == SigningAlgorithm.Ed25519 ? "ed" : "rsa")}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}",
            Owner = owner,
            Algorithm = algorithm,
            PublicKey = publicKey,
            ProtectedPrivateKey = _protector.Protect(Convert.ToBase64String(privateKey)),
            CreatedAt = time.GetUtcNow(),
        };
        CryptographicOperations.ZeroMemory(privateKey);
        db.SigningKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return entity;
    }

    private byte[] Unprotect(SigningKeyEntity entity)
    {
        try
        {
            return Convert.FromBase64String(_protector.Unprotect(entity.ProtectedPrivateKey));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            throw new KeyStoreException(
                $"The private key {entity.KeyId} of '{entity.Owner}' cannot be decrypted: the Data Protection keys that protect it are missing or the row is corrupted. " +
                "Restore the data_protection_keys table from backup, or rotate to a new key.", ex);
        }
    }

    private static PublicSigningKey ToPublic(SigningKeyEntity entity) =>
        new(entity.KeyId, entity.Algorithm, entity.PublicKey, entity.CreatedAt) { RetiredAt = entity.RetiredAt };
}
